import type { followUpSv } from './followUp.sv'

/** English for `followUp.sv.ts`, key for key. */
export const followUpEn: Record<keyof typeof followUpSv, string> = {
  'followUp.heading': 'Follow-up',
  'followUp.intro':
    'The plan is approved and does not change. Follow up its activities here: status, comment and when they were done. The follow-up is kept apart, with who and when.',
  'followUp.loadFailed': 'The follow-up could not be fetched from the server; the device’s copy is shown.',
  'followUp.noActivities': 'The plan has no activities.',
  'followUp.none': 'Not followed up yet.',
  'followUp.status': 'Status by follow-up',
  'followUp.planStatus': 'In the plan: {status}',
  'followUp.doneOn': 'Done {date}',
  'followUp.latest': 'Last {date} by {name}',
  'followUp.entries_one': '{count} follow-up',
  'followUp.entries_other': '{count} follow-ups',
  'followUp.add': 'Follow up',
  'followUp.addFor': 'Follow up: {activity}',
  'followUp.formHeading': 'New follow-up',
  'followUp.statusField': 'Status',
  'followUp.statusUnchanged': 'Unchanged',
  'followUp.doneDate': 'Date done (optional)',
  'followUp.comment': 'Comment',
  'followUp.commentHint': 'What has been done, what remains? The comment is dated today.',
  'followUp.save': 'Save the follow-up',
  'followUp.cancel': 'Cancel',
  'followUp.empty': 'Give a status, a date or a comment.',
  'followUp.saved': 'The follow-up of “{activity}” is saved.',
  'followUp.savedOnDevice':
    'The follow-up of “{activity}” is saved on the device and is sent to the server when it can be reached.',
  'followUp.saveFailed': 'The follow-up could not be saved: {reason}',
  'followUp.log': 'Log of {activity}',
  'followUp.pending': 'Not synced',
  'followUp.refused': 'The server did not take the follow-up ({code}).',
  'followUp.statusEntry': 'Status: {status}.',
  'followUp.reportHeading': 'Follow-up report',
  'followUp.reportIntro':
    'The report shows each activity’s status at the end of the period and what was written during it.',
  'followUp.reportFrom': 'From',
  'followUp.reportTo': 'To',
  'followUp.reportPdf': 'Report as PDF',
  'followUp.reportXlsx': 'Report as spreadsheet (Excel)',
  'followUp.reportOffline': 'The server makes the report; it can be fetched when the device is online.',
  'followUp.recordedAsFollowUp': 'The plan is approved: the status of “{activity}” was saved as follow-up ({status}).',
  'followUp.recordedAsFollowUpOnDevice':
    'The plan is approved: the status of “{activity}” was saved as follow-up ({status}) on the device and is sent when the server can be reached.',
}
