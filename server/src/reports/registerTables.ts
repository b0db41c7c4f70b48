import {
  DECISION_KIND_LABELS,
  effectiveStatus,
  STATUS_LABELS,
  type ActivityEntry,
  type DecisionRow,
  type LinkedActivity,
} from '@samskriv/shared'
import type { ReportTable } from './ReportTable.js'
import { swedishDay } from './swedishDay.js'

const span = (from: string, to: string) => [from, to].filter(Boolean).join(' – ')

/** A linked activity as one line of a decision's follow-up: "Description (Ansvarig, Pågående)". */
function linkedLine(activity: LinkedActivity): string {
  const facts = [activity.responsible, STATUS_LABELS[effectiveStatus(activity.status, activity.followUpState)]]
  return `${activity.description || activity.documentTitle} (${facts.filter(Boolean).join(', ')})`
}

/** The decision register as a table: one row per decision, with its follow-up. */
export function decisionTable(decisions: readonly DecisionRow[]): ReportTable {
  return {
    name: 'Beslutsregister',
    columns: [
      { header: 'Datum', width: 12 },
      { header: 'Beslutande organ', width: 28 },
      { header: 'Grupp', width: 24 },
      { header: 'Protokoll', width: 32 },
      { header: '§', width: 5 },
      { header: 'Beslut', width: 36 },
      { header: 'Beslutstext', width: 60 },
      { header: 'Typ', width: 24 },
      { header: 'Personer', width: 28 },
      { header: 'Uppföljning', width: 50 },
      { header: 'Protokollet i papperskorgen', width: 12 },
    ],
    rows: decisions.map((d) => [
      d.date,
      d.decidingBody,
      d.group,
      d.documentTitle,
      d.agendaItemNumber,
      d.title,
      d.text,
      DECISION_KIND_LABELS[d.kind],
      d.persons.join(', '),
      d.activities.map(linkedLine).join('\n'),
      d.documentTrashed === true ? 'Ja' : '',
    ]),
  }
}

/** The activity overview as a table: one row per activity, its status by its follow-up first. */
export function activityTable(activities: readonly ActivityEntry[]): ReportTable {
  return {
    name: 'Aktivitetsöversikt',
    columns: [
      { header: 'Handlingsplan', width: 32 },
      { header: 'Grupp', width: 24 },
      { header: 'Planperiod', width: 12 },
      { header: 'Område', width: 28 },
      { header: 'Aktivitet', width: 50 },
      { header: 'Status', width: 14 },
      { header: 'Ansvarig', width: 22 },
      { header: 'Tidsram', width: 22 },
      { header: 'Genomförd', width: 12 },
      { header: 'Senaste uppföljning', width: 50 },
    ],
    rows: activities.map((a) => {
      const state = a.followUpState ?? null
      const latest =
        state === null
          ? ''
          : [swedishDay(state.writtenAt), state.authorName, state.comment ?? ''].filter(Boolean).join(' · ')
      return [
        a.documentTitle,
        a.group,
        span(a.periodFrom, a.periodTo),
        a.areaTitle,
        a.description,
        STATUS_LABELS[effectiveStatus(a.status, state)],
        a.responsible,
        span(a.timeFrom, a.timeTo),
        state?.doneDate ?? null,
        latest,
      ]
    }),
  }
}
