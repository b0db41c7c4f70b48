import {
  compareActivities,
  compareDecisions,
  matchesActivityQuery,
  matchesDecisionQuery,
  type ActivityEntry,
  type ActivityQuery,
  type DecisionEntry,
  type DecisionQuery,
  type DocumentRegisters,
  type DocumentStatus,
  type FollowUpState,
} from '@samskriv/shared'
import type { RegisterPage, RegisterScope, RegisterStore } from './Storage.js'

/** Registers in memory, filtered with the shared predicates. */
export class MemoryRegisterStore implements RegisterStore {
  private readonly byDocument = new Map<string, DocumentRegisters>()
  private readonly projected = new Map<string, number>()
  /** `documentId:activityId` → follow-up state. */
  private readonly followUps = new Map<string, FollowUpState>()

  constructor(
    /** Whether a document is in the scope: null when not (or unknown), else whether it is trashed and was approved. */
    private readonly documentState: (
      documentId: string,
      scope: RegisterScope,
    ) => { trashed: boolean; approved: boolean; status: DocumentStatus } | null,
    private readonly lastSeqs: () => Map<string, number>,
  ) {}

  replaceDocument(documentId: string, registers: DocumentRegisters, projectedSeq: number): Promise<void> {
    if ((this.projected.get(documentId) ?? -1) > projectedSeq) return Promise.resolve()
    this.byDocument.set(documentId, structuredClone(registers))
    this.projected.set(documentId, projectedSeq)
    return Promise.resolve()
  }

  setFollowUp(documentId: string, activityId: string, state: FollowUpState): Promise<void> {
    this.followUps.set(`${documentId}:${activityId}`, structuredClone(state))
    return Promise.resolve()
  }

  staleDocuments(): Promise<string[]> {
    const stale = [...this.lastSeqs()]
      .filter(([room, seq]) => !room.includes('/') && (this.projected.get(room) ?? 0) < seq)
      .map(([room]) => room)
    return Promise.resolve(stale)
  }

  queryDecisions(
    { limit, offset, ...filters }: DecisionQuery,
    scope: RegisterScope,
  ): Promise<RegisterPage<DecisionEntry>> {
    const all = this.live(scope, (r) => r.decisions, true)
      .filter((d) => matchesDecisionQuery(d, filters))
      .map((d) => {
        const documentStatus = this.documentState(d.documentId, 'all')?.status
        return documentStatus ? { ...d, documentStatus } : d
      })
    all.sort(compareDecisions)
    return Promise.resolve({ entries: all.slice(offset, offset + limit), total: all.length })
  }

  queryActivities(
    { limit, offset, ...filters }: ActivityQuery,
    scope: RegisterScope,
  ): Promise<RegisterPage<ActivityEntry>> {
    const all = this.activities(scope).filter((a) => matchesActivityQuery(a, filters))
    all.sort(compareActivities)
    return Promise.resolve({ entries: all.slice(offset, offset + limit), total: all.length })
  }

  activitiesForDecisions(decisionIds: readonly string[], scope: RegisterScope): Promise<ActivityEntry[]> {
    const wanted = new Set(decisionIds)
    const found = this.activities(scope).filter((a) => a.decisionId !== '' && wanted.has(a.decisionId))
    return Promise.resolve(found.sort(compareActivities))
  }

  /** Activities of live documents in the scope, with their follow-up state. */
  private activities(scope: RegisterScope): ActivityEntry[] {
    return this.live(scope, (r) => r.activities).map((a) => {
      const state = this.followUps.get(`${a.documentId}:${a.id}`)
      const documentStatus = this.documentState(a.documentId, 'all')?.status
      return {
        ...a,
        ...(state ? { followUpState: structuredClone(state) } : {}),
        ...(documentStatus ? { documentStatus } : {}),
      }
    })
  }

  /** Entries of documents in the scope and not in the trash (with `keepApproved`, also of trashed approved ones, marked). */
  private live<T>(scope: RegisterScope, pick: (registers: DocumentRegisters) => T[], keepApproved = false): T[] {
    return [...this.byDocument].flatMap(([id, registers]) => {
      const state = this.documentState(id, scope)
      if (state === null || (state.trashed && !(keepApproved && state.approved))) return []
      const entries = structuredClone(pick(registers))
      return state.trashed ? entries.map((entry) => ({ ...entry, documentTrashed: true })) : entries
    })
  }
}
