import type { previousProtocolSv } from './previousProtocol.sv'

/** English for `previousProtocol.sv.ts`, key for key. */
export const previousProtocolEn: Record<keyof typeof previousProtocolSv, string> = {
  'previous.startLegend': 'Start from',
  'previous.fromTemplate': 'The protocol template',
  'previous.fromTemplateHint': 'The standing agenda items and empty headings, without names.',
  'previous.fromPrevious': 'Start from the previous protocol: {title}',
  'previous.fromPreviousHint':
    '{body}, meeting of {date}. Body, chair, justerare, attendance lists and the standing items come along – not the meeting’s decisions, information points, text or attachments.',
  'previous.noDate': 'no date',
  'previous.loading': 'Looking for the previous protocol …',
  'previous.failed': 'Earlier protocols on this device could not be read: {reason}',
  'previous.onlyThisDevice':
    'Only protocols opened on this device can be chosen. Open a protocol once to be able to start from it.',
  'previous.copyAttendance': 'Copy attendance from the previous protocol',
  'previous.copyAttendanceFrom': 'From {title}, meeting of {date}.',
  'previous.copied_one': '{count} person was added from the previous protocol.',
  'previous.copied_other': '{count} people were added from the previous protocol.',
  'previous.nothingToCopy': 'Everyone from the previous protocol is already on the list.',
  'previous.absent': 'Absent',
  'previous.standsInFor': 'Stands in for',
  'previous.addStandIn': 'Add a stand-in for {name}',
  'previous.addStandInShort': 'Stand-in',
  'previous.absentCount_one': '{count} absent',
  'previous.absentCount_other': '{count} absent',
}
