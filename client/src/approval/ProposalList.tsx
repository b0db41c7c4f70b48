import type { Proposal } from '@samskriv/shared'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'

/** Props of {@link ProposalList}. */
export interface ProposalListProps {
  /** Open proposals. */
  proposals: Proposal[]
  /** The document is a draft (a revision is open), so proposals can be carried into it. */
  canApply: boolean
  onApply: (proposal: Proposal) => void
  onDismiss: (proposal: Proposal) => void
  busy: boolean
}

/** Proposals from offline edits, for coordinators: who, when, the text they add, apply or dismiss. */
export function ProposalList({ proposals, canApply, onApply, onDismiss, busy }: ProposalListProps) {
  if (proposals.length === 0) return null
  return (
    <div className="proposals">
      <h3>{t('proposals.heading')}</h3>
      <p>{t('proposals.intro')}</p>
      {!canApply && <p className="note">{t('proposals.openRevisionFirst')}</p>}
      <ul className="proposals__list">
        {proposals.map((proposal) => {
          const name = proposal.author.name || t('proposals.unknownAuthor')
          return (
            <li key={proposal.id} className="proposals__item">
              <p>
                {t('proposals.by', {
                  name,
                  when: formatDateTime(proposal.createdAt),
                  revision: proposal.baseRevision,
                })}
              </p>
              {proposal.summary !== '' && <p>{proposal.summary}</p>}
              {proposal.preview.trim() === '' ? (
                <p className="muted">{t('proposals.noPreview')}</p>
              ) : (
                <figure className="proposals__preview">
                  <figcaption>{t('proposals.preview')}</figcaption>
                  <blockquote>{proposal.preview}</blockquote>
                </figure>
              )}
              <div className="dialog__actions dialog__actions--start">
                {canApply && (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    disabled={busy}
                    aria-label={t('proposals.applyNamed', { name })}
                    onClick={() => onApply(proposal)}
                  >
                    {t('proposals.apply')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={t('proposals.dismissNamed', { name })}
                  onClick={() => onDismiss(proposal)}
                >
                  {t('proposals.dismiss')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
