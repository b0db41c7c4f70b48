import { activity } from './activity.js'
import { agendaItem } from './agendaItem.js'
import { attendanceList, attendee } from './attendance.js'
import { blockTitle } from './blockTitle.js'
import { decision } from './decision.js'
import type { BlockDefinition } from './defineBlock.js'
import { groupPlan } from './groupPlan.js'
import { documentFacts, responsibilityMatrix, responsibilityRow, routineStep } from './guidanceBlocks.js'
import { improvementArea } from './improvementArea.js'
import { informationItem } from './informationItem.js'
import { meetingHeader } from './meetingHeader.js'
import { ongoingWork, ongoingWorkArea } from './ongoingWork.js'
import { planSection } from './planSection.js'

/** Every typed block, in the order the schema lists them. */
export const BLOCK_DEFINITIONS: readonly BlockDefinition[] = [
  blockTitle,
  meetingHeader,
  agendaItem,
  informationItem,
  decision,
  attendanceList,
  attendee,
  groupPlan,
  planSection,
  improvementArea,
  activity,
  ongoingWork,
  ongoingWorkArea,
  responsibilityMatrix,
  responsibilityRow,
  routineStep,
  documentFacts,
]

const byName = new Map(BLOCK_DEFINITIONS.map((d) => [d.name, d]))

/** The definition of a typed block by node name; undefined for plain nodes (paragraph, table…). */
export function blockDefinition(name: string): BlockDefinition | undefined {
  return byName.get(name)
}

export { activity, agendaItem, attendanceList, attendee, blockTitle, decision, documentFacts, groupPlan }
export { improvementArea, informationItem, meetingHeader, ongoingWork, ongoingWorkArea, planSection }
export { responsibilityMatrix, responsibilityRow, routineStep }
export * from './defineBlock.js'
export * from './fieldSchemas.js'
export { AGENDA_ITEM_KINDS, type AgendaItemKind } from './agendaItem.js'
export { ATTENDANCE_KINDS } from './attendance.js'
export { DECISION_KINDS, type DecisionKind, approvedDocumentSchema, memberChangeSchema } from './decision.js'
export { PLAN_SECTION_KINDS, type PlanSectionKind } from './planSection.js'
export { ACTIVITY_STATUSES, ACTIVITY_PERSPECTIVES, type ActivityStatus } from './activity.js'
export { milestoneSchema } from './improvementArea.js'
export * from './parsePeopleList.js'
