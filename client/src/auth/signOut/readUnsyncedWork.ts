import { annotatedDocumentOf } from '../../annotations/annotationStorageKey'
import type { LocalDatabase } from '../../storage/LocalDatabase'

/** What this device holds that the server does not have yet. */
export interface UnsyncedWork {
  /**
   * The titles of documents with changes or comments the relay has not acknowledged, or with a
   * creation, rename or move to the trash the server has not confirmed (sorted, each once).
   */
  documents: string[]
  /** Edits kept as proposals, not yet taken by the server (or refused by it and kept). */
  proposals: number
  /** Follow-ups written here, not yet taken by the server (or refused by it and kept). */
  followUps: number
}

/** Whether there is anything at all the server lacks. */
export function hasUnsyncedWork(work: UnsyncedWork): boolean {
  return work.documents.length > 0 || work.proposals > 0 || work.followUps > 0
}

/**
 * Reads what this device holds that the server lacks: what must not be removed from it. Works in
 * a transaction of the caller's too (it reads only).
 */
export async function readUnsyncedWork(db: LocalDatabase): Promise<UnsyncedWork> {
  const [records, states, proposals, followUps] = await Promise.all([
    db.documents.toArray(),
    db.syncStates.toArray(),
    db.pendingProposals.count(),
    db.pendingFollowUps.count(),
  ])
  const ids = new Set<string>()
  for (const state of states) {
    if (Object.keys(state.pendingWriters).length > 0) ids.add(annotatedDocumentOf(state.documentId) ?? state.documentId)
  }
  for (const record of records) {
    if (record.pendingRegistration || record.pendingTitle !== null || record.pendingTrash !== null) ids.add(record.id)
  }
  const titles = new Map(records.map((record) => [record.id as string, record.pendingTitle ?? record.title]))
  const documents = [...new Set([...ids].map((id) => titles.get(id) ?? id))].sort((a, b) => a.localeCompare(b, 'sv-SE'))
  return { documents, proposals, followUps }
}
