import { randomUUID } from 'node:crypto'
import { snapshotsToDrop } from '@samskriv/shared'
import * as Y from 'yjs'
import type { Writer } from '../relay/DocumentRoomOptions.js'
import type { SnapshotRecord } from '../storage/SnapshotStore.js'
import type { DocumentCatalog, DocumentRecord } from '../storage/Storage.js'
import type { SnapshotStore } from '../storage/SnapshotStore.js'
import type { SummarizeSnapshot } from './snapshotSummary.js'

/** Reads a document's committed state (loading it if it is not in memory). */
export type ReadDocument = <T>(documentId: string, reader: (doc: Y.Doc) => T) => Promise<T>

const encodeState = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(doc)

/** Summarises on the calling thread (tests), loading the schema on first use. */
const summarizeInProcess: SummarizeSnapshot = async (state) => (await import('./snapshotSummary.js')).summarize(state)

/**
 * Takes the snapshots of drafts' history: the full Yjs state with who edited during the burst and
 * when, only while the document is a draft (approved versions are the history of what is
 * approved; a new revision starts its own history), and only when the content changed since the
 * last snapshot. After each snapshot the revision's history is thinned (see `snapshotsToDrop`).
 */
export class DraftHistory {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly snapshots: SnapshotStore,
    private readonly read: ReadDocument,
    private readonly onTaken: (document: DocumentRecord) => void = () => {},
    private readonly now: () => Date = () => new Date(),
    private readonly summarize: SummarizeSnapshot = summarizeInProcess,
  ) {}

  /** Takes a snapshot (see {@link TakeSnapshot}); resolves with it, or null when none was due. */
  async take(
    documentId: string,
    writers: readonly Writer[],
    captured: Uint8Array | null,
  ): Promise<SnapshotRecord | null> {
    const document = await this.catalog.get(documentId)
    if (!document || document.status !== 'draft' || document.deletedAt !== null) return null
    const state = captured ?? (await this.read(documentId, encodeState))
    // The content (hash and size) is read in a worker: never on the relay's thread.
    const { hash, characters } = await this.summarize(state)
    // Approved or frozen while it was read: the version is its history now.
    if ((await this.catalog.get(documentId))?.status !== 'draft') return null
    const latest = await this.snapshots.latest(documentId)
    if (latest !== null && latest.revision === document.revision && latest.contentHash === hash) return null
    const snapshot: SnapshotRecord = {
      id: randomUUID(),
      documentId,
      revision: document.revision,
      takenAt: this.now().toISOString(),
      authors: [...writers],
      characters,
      contentHash: hash,
      state,
    }
    await this.snapshots.record(snapshot)
    const kept = await this.snapshots.list(documentId, document.revision)
    const drop = snapshotsToDrop(kept, this.now())
    if (drop.length > 0) await this.snapshots.remove(documentId, drop)
    this.onTaken(document)
    return snapshot
  }
}
