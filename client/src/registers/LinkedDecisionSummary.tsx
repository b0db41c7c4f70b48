import { Link } from 'wouter'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import { blockHref } from './blockHref'
import { useLinkedDecision } from './useLinkedDecision'

/** The decision an activity follows up, as a short link (title and date), for the overview. */
export function LinkedDecisionSummary({ decisionId }: { decisionId: string }) {
  const linked = useLinkedDecision(decisionId)
  switch (linked.state) {
    case 'none':
      return <span className="muted">{t('registers.missing')}</span>
    case 'loading':
      return <span className="muted">{t('decisionLink.looking')}</span>
    case 'missing':
      return <span className="muted">{t('decisionLink.missing')}</span>
    case 'found': {
      const { decision } = linked
      return (
        <Link href={blockHref(decision.documentId, decision.id)}>
          {decision.title || t('decision.untitled')}
          {decision.date !== '' && `, ${formatDate(decision.date)}`}
        </Link>
      )
    }
  }
}
