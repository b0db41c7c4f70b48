import { compareFollowUps, STATUS_LABELS, type ActivityStatus, type FollowUpPeriod } from '@samskriv/shared'
import { approvedActivities } from '../followUp/approvedActivities.js'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import type { FollowUpRecord } from '../storage/FollowUpStore.js'
import type { ReportTable } from './ReportTable.js'
import { swedishDay } from './swedishDay.js'

/** One follow-up in a report: its day, who, and what was said. */
export interface ReportEntry {
  readonly day: string
  readonly author: string
  readonly status: ActivityStatus | null
  readonly doneDate: string | null
  readonly comment: string
}

/** One activity of the plan as the report shows it. */
export interface ReportActivity {
  readonly place: string
  readonly description: string
  readonly responsible: string
  readonly timeFrame: string
  /** The status in the approved text. */
  readonly planStatus: ActivityStatus
  /** The status at the end of the period: the last follow-up's up to then, else the plan's. */
  readonly status: ActivityStatus
  readonly doneDate: string | null
  /** The follow-ups written within the period, oldest first. */
  readonly entries: readonly ReportEntry[]
}

/** A follow-up report of one approved plan for a period. */
export interface FollowUpReport {
  readonly title: string
  readonly version: number
  readonly approval: string
  readonly from: string | null
  readonly to: string | null
  /** The day it was made. */
  readonly madeOn: string
  readonly activities: readonly ReportActivity[]
}

/**
 * The follow-up report of a plan: every activity of its approved version in the plan's order, where
 * it stood at the end of the period, and what was written about it within the period.
 */
export function followUpReport(
  version: VersionRecord,
  log: readonly FollowUpRecord[],
  period: FollowUpPeriod,
  now: Date,
): FollowUpReport {
  const from = period.from ?? null
  const to = period.to ?? null
  const dated = [...log].sort(compareFollowUps).map((entry) => ({ entry, day: swedishDay(entry.writtenAt) }))
  const activities = approvedActivities(version).map<ReportActivity>((activity) => {
    const own = dated.filter(({ entry }) => entry.activityId === activity.id)
    const untilEnd = own.filter(({ day }) => to === null || day <= to)
    const within = untilEnd.filter(({ day }) => from === null || day >= from)
    const last = <T>(pick: (entry: FollowUpRecord) => T | null): T | null =>
      untilEnd.reduce<T | null>((found, { entry }) => pick(entry) ?? found, null)
    return {
      place: [activity.planTitle, activity.group, activity.areaTitle].filter(Boolean).join(' · '),
      description: activity.description,
      responsible: activity.responsible,
      timeFrame: [activity.timeFrom, activity.timeTo].filter(Boolean).join(' – '),
      planStatus: activity.status,
      status: last((e) => e.status) ?? activity.status,
      doneDate: last((e) => e.doneDate),
      entries: within.map(({ entry, day }) => ({
        day,
        author: entry.author.name,
        status: entry.status,
        doneDate: entry.doneDate,
        comment: entry.comment,
      })),
    }
  })
  return {
    title: version.title,
    version: version.number,
    approval: `Godkänd ${version.approvedAt.slice(0, 10)} på uppdrag av ${version.onBehalfOf}`,
    from,
    to,
    madeOn: swedishDay(now),
    activities,
  }
}

/** "2026-01-01 – 2026-03-31", "från 2026-01-01", "till …", or "hela tiden". */
export function periodText(report: Pick<FollowUpReport, 'from' | 'to'>): string {
  if (report.from !== null && report.to !== null) return `${report.from} – ${report.to}`
  if (report.from !== null) return `från ${report.from}`
  if (report.to !== null) return `till ${report.to}`
  return 'hela tiden'
}

/** One follow-up as a line: "2026-03-02 Anna Berg: Pågående. Genomförd 2026-03-01. Text". */
export function entryLine(entry: ReportEntry): string {
  const parts = [
    entry.status !== null ? `${STATUS_LABELS[entry.status]}.` : '',
    entry.doneDate !== null ? `Genomförd ${entry.doneDate}.` : '',
    entry.comment,
  ].filter(Boolean)
  return `${entry.day} ${entry.author}: ${parts.join(' ')}`
}

/** The report as a table (one row per activity) for the spreadsheet. */
export function followUpTable(report: FollowUpReport): ReportTable {
  return {
    name: 'Uppföljning',
    columns: [
      { header: 'Aktivitet', width: 50 },
      { header: 'Plan, grupp och område', width: 36 },
      { header: 'Ansvarig', width: 22 },
      { header: 'Tidsram', width: 22 },
      { header: 'Status i planen', width: 16 },
      { header: `Status ${report.to ?? report.madeOn}`, width: 16 },
      { header: 'Genomförd', width: 12 },
      { header: `Uppföljning ${periodText(report)}`, width: 70 },
    ],
    rows: report.activities.map((a) => [
      a.description,
      a.place,
      a.responsible,
      a.timeFrame,
      STATUS_LABELS[a.planStatus],
      STATUS_LABELS[a.status],
      a.doneDate,
      a.entries.map(entryLine).join('\n'),
    ]),
  }
}
