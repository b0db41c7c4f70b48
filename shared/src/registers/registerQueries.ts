import type { ActivityEntry, ActivityQuery, DecisionEntry, DecisionQuery } from '../api/registersApi.js'
import { effectiveStatus } from '../followUp/followUpEntry.js'

/** Lower-cased for case-insensitive search, Swedish letters included. */
export const searchable = (text: string): string => text.toLocaleLowerCase('sv-SE')

/** The text a decision's free-text filter searches. */
export const decisionSearchText = (d: DecisionEntry): string =>
  searchable([d.title, d.text, d.agendaItemTitle, d.documentTitle].join('\n'))

/** The names a decision's person filter searches. */
export const decisionPersons = (d: DecisionEntry): string => searchable(d.persons.join('\n'))

/** The text an activity's free-text filter searches. */
export const activitySearchText = (a: ActivityEntry): string =>
  searchable([a.description, a.areaTitle, a.planTitle, a.followUp].join('\n'))

const equalsIgnoringCase = (value: string, wanted: string | undefined) =>
  wanted === undefined || searchable(value) === searchable(wanted)
const containsIgnoringCase = (haystack: string, wanted: string | undefined) =>
  wanted === undefined || haystack.includes(searchable(wanted))

/**
 * Whether a decision passes the register's filters. The server's SQL and the client's offline
 * register must agree with this; tests run both against it.
 */
export function matchesDecisionQuery(d: DecisionEntry, q: Omit<DecisionQuery, 'limit' | 'offset'>): boolean {
  return (
    (q.id === undefined || d.id === q.id) &&
    equalsIgnoringCase(d.decidingBody, q.body) &&
    equalsIgnoringCase(d.group, q.group) &&
    (q.kind === undefined || d.kind === q.kind) &&
    (q.from === undefined || (d.date !== '' && d.date >= q.from)) &&
    (q.to === undefined || (d.date !== '' && d.date <= q.to)) &&
    containsIgnoringCase(decisionPersons(d), q.person) &&
    containsIgnoringCase(decisionSearchText(d), q.q)
  )
}

/**
 * Whether an activity passes the overview's filters (see {@link matchesDecisionQuery}); its status
 * is its follow-up's when it has one.
 */
export function matchesActivityQuery(a: ActivityEntry, q: Omit<ActivityQuery, 'limit' | 'offset'>): boolean {
  return (
    equalsIgnoringCase(a.group, q.group) &&
    (q.period === undefined ||
      (a.periodFrom !== '' && a.periodFrom <= q.period && (a.periodTo || a.periodFrom) >= q.period)) &&
    (q.status === undefined || effectiveStatus(a.status, a.followUpState) === q.status) &&
    containsIgnoringCase(searchable(a.responsible), q.responsible) &&
    (q.decisionId === undefined || a.decisionId === q.decisionId) &&
    containsIgnoringCase(activitySearchText(a), q.q)
  )
}

/** Newest decision first; within a date, document and position order. */
export function compareDecisions(a: DecisionEntry, b: DecisionEntry): number {
  return b.date.localeCompare(a.date) || a.documentId.localeCompare(b.documentId) || a.position - b.position
}

/** Activities by plan period (newest first), document and position. */
export function compareActivities(a: ActivityEntry, b: ActivityEntry): number {
  return b.periodFrom.localeCompare(a.periodFrom) || a.documentId.localeCompare(b.documentId) || a.position - b.position
}
