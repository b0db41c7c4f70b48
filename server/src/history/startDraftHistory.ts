import { parseDocumentId, type Room } from '@samskriv/shared'
import type * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { DocumentCatalog, DocumentRecord } from '../storage/Storage.js'
import type { SnapshotStore } from '../storage/SnapshotStore.js'
import { DraftHistory } from './DraftHistory.js'
import { DEFAULT_HISTORY_QUIET_MS, SnapshotScheduler } from './SnapshotScheduler.js'
import { SnapshotSummarizer } from './SnapshotSummarizer.js'

/** What the draft history needs of the server. */
export interface DraftHistoryDeps {
  readonly catalog: DocumentCatalog
  readonly snapshots: SnapshotStore
  /** Reads a room's committed document (the relay's `read`). */
  readonly read: <T>(room: Room, reader: (doc: Y.Doc) => T) => Promise<T>
  /** A snapshot was stored (to tell the document's readers). */
  readonly onTaken: (document: DocumentRecord) => void
  readonly quietMs?: number
  readonly log: Logger
}

/**
 * The server's draft history: a scheduler fed by the relay's commits and unloads, snapshots taken
 * by {@link DraftHistory}, their content read in a worker thread (started now).
 */
export function startDraftHistory(deps: DraftHistoryDeps) {
  const summarizer = new SnapshotSummarizer()
  summarizer.start()
  const history = new DraftHistory(
    deps.catalog,
    deps.snapshots,
    (id, reader) => {
      const documentId = parseDocumentId(id)
      if (!documentId) return Promise.reject(new Error(`not a document id: ${id}`))
      return deps.read({ documentId, kind: 'content' }, reader)
    },
    deps.onTaken,
    undefined,
    summarizer.summarize,
  )
  const scheduler = new SnapshotScheduler(
    (id, writers, doc) => history.take(id, writers, doc).then(() => {}),
    deps.quietMs ?? DEFAULT_HISTORY_QUIET_MS,
    deps.log,
  )
  return {
    scheduler,
    /** Finishes the snapshots under way, then stops the worker. */
    async close(): Promise<void> {
      await scheduler.close()
      await summarizer.close()
    },
  }
}
