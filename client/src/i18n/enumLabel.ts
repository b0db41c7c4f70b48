import type {
  ACTIVITY_PERSPECTIVES,
  ACTIVITY_STATUSES,
  AGENDA_ITEM_KINDS,
  ATTENDANCE_KINDS,
  DECISION_KINDS,
  GROUP_KINDS,
  GROUP_ROLES,
  PLAN_SECTION_KINDS,
} from '@samskriv/shared'
import type { PlainMessageKey } from './messages'
import { t } from './t'

/** The enums of the typed blocks, each value with its catalogue key. */
const KEYS = {
  agendaItemKind: {
    standard: 'enum.agendaItemKind.standard',
    otherBusiness: 'enum.agendaItemKind.otherBusiness',
    addendum: 'enum.agendaItemKind.addendum',
  },
  decisionKind: {
    approveDocument: 'enum.decisionKind.approveDocument',
    setIndicator: 'enum.decisionKind.setIndicator',
    changeMember: 'enum.decisionKind.changeMember',
    fileMinutes: 'enum.decisionKind.fileMinutes',
    funding: 'enum.decisionKind.funding',
    other: 'enum.decisionKind.other',
  },
  attendanceKind: {
    members: 'enum.attendanceKind.members',
    others: 'enum.attendanceKind.others',
  },
  planSectionKind: {
    vision: 'enum.planSectionKind.vision',
    targetGroup: 'enum.planSectionKind.targetGroup',
    strategicDirections: 'enum.planSectionKind.strategicDirections',
    improvementAreas: 'enum.planSectionKind.improvementAreas',
    responsible: 'enum.planSectionKind.responsible',
    implementation: 'enum.planSectionKind.implementation',
    followUp: 'enum.planSectionKind.followUp',
    purpose: 'enum.planSectionKind.purpose',
    goals: 'enum.planSectionKind.goals',
    timeFrame: 'enum.planSectionKind.timeFrame',
    background: 'enum.planSectionKind.background',
  },
  activityStatus: {
    planned: 'enum.activityStatus.planned',
    ongoing: 'enum.activityStatus.ongoing',
    done: 'enum.activityStatus.done',
    cancelled: 'enum.activityStatus.cancelled',
  },
  perspective: {
    publicHealth: 'enum.perspective.publicHealth',
    habilitation: 'enum.perspective.habilitation',
    citizenParticipation: 'enum.perspective.citizenParticipation',
  },
  groupRole: {
    reader: 'enum.groupRole.reader',
    commenter: 'enum.groupRole.commenter',
    editor: 'enum.groupRole.editor',
    coordinator: 'enum.groupRole.coordinator',
  },
  groupKind: {
    board: 'enum.groupKind.board',
    coordinating: 'enum.groupKind.coordinating',
    collaborationArea: 'enum.groupKind.collaborationArea',
    other: 'enum.groupKind.other',
  },
} as const satisfies {
  agendaItemKind: Record<(typeof AGENDA_ITEM_KINDS)[number], PlainMessageKey>
  decisionKind: Record<(typeof DECISION_KINDS)[number], PlainMessageKey>
  attendanceKind: Record<(typeof ATTENDANCE_KINDS)[number], PlainMessageKey>
  planSectionKind: Record<(typeof PLAN_SECTION_KINDS)[number], PlainMessageKey>
  activityStatus: Record<(typeof ACTIVITY_STATUSES)[number], PlainMessageKey>
  perspective: Record<(typeof ACTIVITY_PERSPECTIVES)[number], PlainMessageKey>
  groupRole: Record<(typeof GROUP_ROLES)[number], PlainMessageKey>
  groupKind: Record<(typeof GROUP_KINDS)[number], PlainMessageKey>
}

/** The name of an enum of the typed blocks. */
export type EnumName = keyof typeof KEYS

/** The Swedish (or English) label of an enum value: `enumLabel('activityStatus', 'done')` → "Genomförd". */
export function enumLabel<E extends EnumName>(name: E, value: keyof (typeof KEYS)[E]): string {
  const keys: Partial<Record<PropertyKey, PlainMessageKey>> = KEYS[name]
  const key: PlainMessageKey | undefined = keys[value]
  return key === undefined ? String(value) : t(key)
}

/** Select options for every value of an enum, in the order given. */
export function enumOptions<E extends EnumName, V extends keyof (typeof KEYS)[E] & string>(
  name: E,
  values: readonly V[],
): Array<{ value: V; label: string }> {
  return values.map((value) => ({ value, label: enumLabel(name, value) }))
}
