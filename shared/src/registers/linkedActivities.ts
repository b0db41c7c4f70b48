import type { ActivityEntry, LinkedActivity } from '../api/registersApi.js'

/** The activities linked to each decision (by decision id), as the decision register shows its follow-up. */
export function linkedActivities(activities: readonly ActivityEntry[]): Map<string, LinkedActivity[]> {
  const byDecision = new Map<string, LinkedActivity[]>()
  for (const a of activities) {
    if (a.decisionId === '') continue
    const list = byDecision.get(a.decisionId) ?? []
    list.push({
      id: a.id,
      documentId: a.documentId,
      documentTitle: a.documentTitle,
      description: a.description,
      status: a.status,
      responsible: a.responsible,
      timeTo: a.timeTo,
      followUpState: a.followUpState ?? null,
    })
    byDecision.set(a.decisionId, list)
  }
  return byDecision
}
