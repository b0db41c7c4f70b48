import type { checkSv } from './check.sv'

/** English for `check.sv.ts`, key for key. */
export const checkEn: Record<keyof typeof checkSv, string> = {
  'check.open': 'Check before approval',
  'check.title': 'Check before approval',
  'check.none': 'No problems found.',
  'check.count_one': '{count} thing to look at before the document is approved. Choose it to go there.',
  'check.count_other': '{count} things to look at before the document is approved. Choose one to go there.',
  'check.close': 'Close',
  'check.decisionWithoutText': 'The decision “{label}” has no decision text.',
  'check.decisionWithoutTextUntitled': 'An untitled decision has no decision text.',
  'check.activityWithoutResponsible': 'The activity “{label}” has nobody responsible.',
  'check.activityWithoutResponsibleUntitled': 'An activity without description has nobody responsible.',
  'check.activityWithoutTimeFrame': 'The activity “{label}” has no time frame.',
  'check.activityWithoutTimeFrameUntitled': 'An activity without description has no time frame.',
  'check.numberingGap': 'The numbering jumps: item {found} comes where number {expected} is expected.',
  'check.attendeeWithoutOrganisation': '{label} has no organisation in the attendance list.',
  'check.attendeeWithoutOrganisationUnnamed': 'Someone in the attendance list has no name and no organisation.',
  'check.meetingWithoutDate': 'The meeting has no date.',
  'check.duplicateBlockId': 'Two blocks ({block}) share an id, so links to them may go wrong.',
  'check.invalidAttributes': 'A block ({block}) has details that cannot be read. Fill in its fields again.',
  'check.attachmentWithoutAddress': 'Attachment “{attachment}” under “{label}” has no address.',
  'check.attachmentNotALink':
    'Attachment “{attachment}” under “{label}” has an address that is not a link (it should start with https://).',
  'registers.all': 'All',
  'registers.apply': 'Search',
  'registers.clear': 'Clear filters',
  'registers.loading': 'Fetching…',
  'registers.loadingMore': 'Fetching more…',
  'registers.showMore': 'Show more',
  'registers.missing': '–',
  'registers.localFailed': 'The documents on this device could not be read: {reason}.',
  'registers.offlineDecisions': 'You are offline. The list shows decisions in documents stored on this device.',
  'registers.unavailableDecisions':
    'The server is not responding. The list shows decisions in documents stored on this device.',
  'registers.offlineActivities': 'You are offline. The list shows activities in documents stored on this device.',
  'registers.unavailableActivities':
    'The server is not responding. The list shows activities in documents stored on this device.',
  'registers.neverOpened': 'Documents never opened on this device cannot be shown until you are connected again.',
  'registers.fromDraft': 'Draft – may change',
  'registers.fromJustering': 'In justering',
  'registers.fromApproved': 'Approved version',
}
