import type { PlainMessageKey } from './messages'
import { t } from './t'

const KEYS: Readonly<Record<string, PlainMessageKey>> = {
  blockTitle: 'blockType.blockTitle',
  meetingHeader: 'blockType.meetingHeader',
  agendaItem: 'blockType.agendaItem',
  informationItem: 'blockType.informationItem',
  decision: 'blockType.decision',
  attendanceList: 'blockType.attendanceList',
  attendee: 'blockType.attendee',
  groupPlan: 'blockType.groupPlan',
  planSection: 'blockType.planSection',
  improvementArea: 'blockType.improvementArea',
  activity: 'blockType.activity',
  ongoingWork: 'blockType.ongoingWork',
  ongoingWorkArea: 'blockType.ongoingWorkArea',
  responsibilityMatrix: 'blockType.responsibilityMatrix',
  responsibilityRow: 'blockType.responsibilityRow',
  routineStep: 'blockType.routineStep',
  documentFacts: 'blockType.documentFacts',
}

/** The name of a typed block type for people ("Beslut", "Aktivitet"); the node name if unknown. */
export function blockTypeLabel(typeName: string): string {
  const key = KEYS[typeName]
  return key === undefined ? typeName : t(key)
}
