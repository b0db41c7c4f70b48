import type { CheckIssue } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'

/** An agenda item named in a sentence: its title, or what it is when it has none yet. */
const itemLabel = (title: string) => title || blockTypeLabel('agendaItem')

/** A check list issue as one sentence for people ("Aktiviteten ”…” saknar ansvarig."). */
export function describeCheckIssue(issue: CheckIssue): string {
  switch (issue.code) {
    case 'decisionWithoutText':
      return issue.label === ''
        ? t('check.decisionWithoutTextUntitled')
        : t('check.decisionWithoutText', { label: issue.label })
    case 'activityWithoutResponsible':
      return issue.label === ''
        ? t('check.activityWithoutResponsibleUntitled')
        : t('check.activityWithoutResponsible', { label: issue.label })
    case 'activityWithoutTimeFrame':
      return issue.label === ''
        ? t('check.activityWithoutTimeFrameUntitled')
        : t('check.activityWithoutTimeFrame', { label: issue.label })
    case 'numberingGap':
      return t('check.numberingGap', { expected: issue.expected, found: issue.found })
    case 'attendeeWithoutOrganisation':
      return issue.label === ''
        ? t('check.attendeeWithoutOrganisationUnnamed')
        : t('check.attendeeWithoutOrganisation', { label: issue.label })
    case 'meetingWithoutDate':
      return t('check.meetingWithoutDate')
    case 'duplicateBlockId':
      return t('check.duplicateBlockId', { block: blockTypeLabel(issue.blockType) })
    case 'invalidAttributes':
      // The problems are for developers (English, field paths); people get what to do.
      return t('check.invalidAttributes', { block: blockTypeLabel(issue.blockType) })
    case 'attachmentWithoutAddress':
      return t('check.attachmentWithoutAddress', { attachment: issue.attachment, label: itemLabel(issue.label) })
    case 'attachmentNotALink':
      return t('check.attachmentNotALink', { attachment: issue.attachment, label: itemLabel(issue.label) })
  }
}
