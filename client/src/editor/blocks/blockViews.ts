import type { ReactNodeViewProps } from '@tiptap/react'
import type { ComponentType } from 'react'
import { ActivityView } from './ActivityView'
import { AgendaItemView } from './AgendaItemView'
import { AttendanceListView } from './AttendanceListView'
import { AttendeeView } from './AttendeeView'
import { DecisionView } from './DecisionView'
import { DocumentFactsView } from './DocumentFactsView'
import { GroupPlanView } from './GroupPlanView'
import { ImprovementAreaView } from './ImprovementAreaView'
import { InformationItemView } from './InformationItemView'
import { MeetingHeaderView } from './MeetingHeaderView'
import { OngoingWorkAreaView } from './OngoingWorkAreaView'
import { OngoingWorkView } from './OngoingWorkView'
import { PlanSectionView } from './PlanSectionView'
import { ResponsibilityMatrixView } from './ResponsibilityMatrixView'
import { ResponsibilityRowView } from './ResponsibilityRowView'
import { RoutineStepView } from './RoutineStepView'

/**
 * The React view of each typed block, by node name. `blockTitle` has none: it is plain editable
 * text, styled as a title.
 */
export const BLOCK_VIEWS: Readonly<Record<string, ComponentType<ReactNodeViewProps>>> = {
  meetingHeader: MeetingHeaderView,
  agendaItem: AgendaItemView,
  informationItem: InformationItemView,
  decision: DecisionView,
  attendanceList: AttendanceListView,
  attendee: AttendeeView,
  groupPlan: GroupPlanView,
  planSection: PlanSectionView,
  improvementArea: ImprovementAreaView,
  activity: ActivityView,
  ongoingWork: OngoingWorkView,
  ongoingWorkArea: OngoingWorkAreaView,
  responsibilityMatrix: ResponsibilityMatrixView,
  responsibilityRow: ResponsibilityRowView,
  routineStep: RoutineStepView,
  documentFacts: DocumentFactsView,
}
