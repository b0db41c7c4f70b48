import type { SnapshotDetail, SnapshotSummary } from '@samskriv/shared'
import * as Y from 'yjs'
import { ApprovalError } from '../approval/ApprovalError.js'
import { documentContent } from '../approval/documentContent.js'
import { requireDocument } from '../approval/requireDocument.js'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { SnapshotSummaryRecord } from '../storage/SnapshotStore.js'
import type { Storage } from '../storage/Storage.js'

const present = (snapshot: SnapshotSummaryRecord): SnapshotSummary => ({
  id: snapshot.id,
  takenAt: snapshot.takenAt,
  authors: snapshot.authors.map((author) => ({ id: author.id, name: author.name })),
  revision: snapshot.revision,
  characters: snapshot.characters,
})

/** A draft's history as people read it: only those who may read the document. */
export class HistoryService {
  constructor(
    private readonly storage: Pick<Storage, 'catalog' | 'snapshots'>,
    private readonly policy: Policy,
  ) {}

  /** The snapshots of the document's current revision, newest first. */
  async list(user: UserRecord | null, documentId: string): Promise<SnapshotSummary[]> {
    const document = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    return (await this.storage.snapshots.list(documentId, document.revision)).map(present)
  }

  /** One snapshot with its title and body, read from its stored Yjs state. */
  async get(user: UserRecord | null, documentId: string, snapshotId: string): Promise<SnapshotDetail> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    const snapshot = await this.storage.snapshots.get(documentId, snapshotId)
    if (snapshot === null) throw new ApprovalError('notFound', 'The document has no snapshot with that id.')
    const doc = new Y.Doc({ gc: true })
    try {
      Y.applyUpdate(doc, snapshot.state)
      const content = await documentContent(doc)
      return { ...present(snapshot), title: content.title, type: content.type, body: content.body }
    } finally {
      doc.destroy()
    }
  }
}
