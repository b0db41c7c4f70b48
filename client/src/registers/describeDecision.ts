import type { DecisionEntry } from '@samskriv/shared'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'

/** One line naming a decision: title, deciding body and date, and where it stands. */
export function describeDecision(decision: DecisionEntry): string {
  const where =
    decision.agendaItemNumber === null
      ? decision.documentTitle
      : t('decision.inDocumentItem', { document: decision.documentTitle, number: decision.agendaItemNumber })
  return [
    decision.title || t('decision.untitled'),
    [decision.decidingBody, decision.date === '' ? '' : formatDate(decision.date)].filter(Boolean).join(' '),
    where,
  ]
    .filter(Boolean)
    .join(' · ')
}
