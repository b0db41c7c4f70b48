import { randomUUID } from 'node:crypto'
import { snapshotsToDrop, type JSONContent } from '@samskriv/shared'
import * as Y from 'yjs'
import { contentHash, documentContent, type DocumentContent } from '../approval/documentContent.js'
import type { Writer } from '../relay/DocumentRoomOptions.js'
import type { SnapshotRecord } from '../storage/SnapshotStore.js'
import type { DocumentCatalog, DocumentRecord } from '../storage/Storage.js'
import type { SnapshotStore } from '../storage/SnapshotStore.js'

/** Reads a document's committed state (loading it if it is not in memory). */
export type ReadDocument = <T>(documentId: string, reader: (doc: Y.Doc) => T) => Promise<T>

/** A document's state as a snapshot keeps it. */
interface Captured {
  readonly state: Uint8Array
  readonly content: DocumentContent
}

function capture(doc: Y.Doc): Captured {
  return { state: Y.encodeStateAsUpdate(doc), content: documentContent(doc) }
}

/** Characters of text in a body. */
export function textLength(node: JSONContent): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0)
}

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
  ) {}

  /** Takes a snapshot (see {@link TakeSnapshot}); resolves with it, or null when none was due. */
  take(documentId: string, writers: readonly Writer[], doc: Y.Doc | null): Promise<SnapshotRecord | null> {
    // Captured before anything waits: a room leaving memory frees its document right after.
    let captured: Captured | null
    try {
      captured = doc === null ? null : capture(doc)
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    return this.store(documentId, writers, captured)
  }

  private async store(
    documentId: string,
    writers: readonly Writer[],
    captured: Captured | null,
  ): Promise<SnapshotRecord | null> {
    const document = await this.catalog.get(documentId)
    if (!document || document.status !== 'draft' || document.deletedAt !== null) return null
    const { state, content } = captured ?? (await this.read(documentId, capture))
    const hash = contentHash(content)
    const latest = await this.snapshots.latest(documentId)
    if (latest !== null && latest.revision === document.revision && latest.contentHash === hash) return null
    const snapshot: SnapshotRecord = {
      id: randomUUID(),
      documentId,
      revision: document.revision,
      takenAt: this.now().toISOString(),
      authors: [...writers],
      characters: textLength(content.body),
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
