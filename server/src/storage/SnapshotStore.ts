/** Someone who edited during the burst of work a snapshot ends. */
export interface SnapshotAuthorRecord {
  readonly id: string
  readonly name: string
}

/** A snapshot of a draft as listed (without its state). */
export interface SnapshotSummaryRecord {
  readonly id: string
  readonly documentId: string
  /** The draft's revision when it was taken (a new revision starts its own history). */
  readonly revision: number
  /** ISO 8601. */
  readonly takenAt: string
  readonly authors: readonly SnapshotAuthorRecord[]
  /** Characters of text in the body. */
  readonly characters: number
  /** SHA-256 (hex) of the canonical content, to skip a snapshot when nothing changed. */
  readonly contentHash: string
}

/** A snapshot with the document's full Yjs state (`Y.encodeStateAsUpdate`). */
export interface SnapshotRecord extends SnapshotSummaryRecord {
  readonly state: Uint8Array
}

/** The automatic history of drafts: snapshots taken after each burst of work, thinned with age. */
export interface SnapshotStore {
  /** Stores a snapshot (its id is new). */
  record(snapshot: SnapshotRecord): Promise<void>
  /** The document's snapshots of one revision, newest first, without their state. */
  list(documentId: string, revision: number): Promise<SnapshotSummaryRecord[]>
  /** The document's newest snapshot of any revision, without its state, or null. */
  latest(documentId: string): Promise<SnapshotSummaryRecord | null>
  /** One snapshot of the document with its state, or null. */
  get(documentId: string, id: string): Promise<SnapshotRecord | null>
  /** Removes snapshots of the document (thinning). */
  remove(documentId: string, ids: readonly string[]): Promise<void>
}
