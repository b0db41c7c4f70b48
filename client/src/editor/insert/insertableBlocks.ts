import type { DocumentType } from '@samskriv/shared'
import type { PlainMessageKey } from '../../i18n/messages'
import type { NewBlockKind } from './buildBlock'

/** One entry of the insert menu. */
export interface InsertableBlock {
  kind: NewBlockKind
  label: PlainMessageKey
}

/** The blocks the insert menu offers in each type of document, in menu order. */
export const INSERTABLE_BLOCKS: Readonly<Record<DocumentType, readonly InsertableBlock[]>> = {
  protocol: [
    { kind: 'agendaItem', label: 'insert.agendaItem' },
    { kind: 'otherBusiness', label: 'insert.otherBusiness' },
    { kind: 'addendum', label: 'insert.addendum' },
    { kind: 'informationItem', label: 'insert.informationItem' },
    { kind: 'decision', label: 'insert.decision' },
    { kind: 'attendanceMembers', label: 'insert.attendanceMembers' },
    { kind: 'attendanceOthers', label: 'insert.attendanceOthers' },
    { kind: 'attendee', label: 'insert.attendee' },
    { kind: 'meetingHeader', label: 'insert.meetingHeader' },
  ],
  actionPlan: [
    { kind: 'groupPlan', label: 'insert.groupPlan' },
    { kind: 'planSection', label: 'insert.planSection' },
    { kind: 'improvementArea', label: 'insert.improvementArea' },
    { kind: 'activity', label: 'insert.activity' },
    { kind: 'ongoingWorkArea', label: 'insert.ongoingWorkArea' },
  ],
  guidance: [
    { kind: 'responsibilityRow', label: 'insert.responsibilityRow' },
    { kind: 'routineStep', label: 'insert.routineStep' },
    { kind: 'documentFacts', label: 'insert.documentFacts' },
  ],
}
