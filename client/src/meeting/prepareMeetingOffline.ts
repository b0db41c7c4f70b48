import type { DocumentSummary } from '@samskriv/shared'
import type { StoredChangesSync } from '../sync/syncUntilSettled'

/** Where one document of a meeting stands in being made available offline. */
export type OfflineReadiness = 'waiting' | 'syncing' | 'ready' | 'failed'

/** What preparing needs: remembering a document in the device's list, and syncing its two parts. */
export interface MeetingPreparation {
  remember: (document: DocumentSummary) => Promise<unknown>
  syncContent: (document: DocumentSummary) => Promise<StoredChangesSync>
  syncComments: (document: DocumentSummary) => Promise<StoredChangesSync>
}

/**
 * Makes each document available offline, one at a time: it goes into the device's document list
 * (so it can be found without a network) and its content and comments are synced into IndexedDB.
 * A document is ready when both synced; `onProgress` hears every change. Never rejects.
 */
export async function prepareMeetingOffline(
  documents: readonly DocumentSummary[],
  preparation: MeetingPreparation,
  onProgress: (documentId: string, readiness: OfflineReadiness) => void,
): Promise<Map<string, OfflineReadiness>> {
  const result = new Map<string, OfflineReadiness>(documents.map((d) => [d.id, 'waiting']))
  for (const document of documents) {
    onProgress(document.id, 'syncing')
    let readiness: OfflineReadiness
    try {
      await preparation.remember(document)
      const content = await preparation.syncContent(document)
      const comments = content === 'synced' ? await preparation.syncComments(document) : content
      readiness = content === 'synced' && comments === 'synced' ? 'ready' : 'failed'
    } catch {
      readiness = 'failed'
    }
    result.set(document.id, readiness)
    onProgress(document.id, readiness)
  }
  return result
}
