import { readDocumentMeta, type Room } from '@samskriv/shared'
import type * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import { newDocumentRecord, type DocumentCatalog } from '../storage/Storage.js'

interface PendingChange {
  readonly title: string
  /** The type a document first seen through sync is registered with; never changed afterwards. */
  readonly type: 'protocol' | 'actionPlan' | 'guidance'
  readonly updatedAt: string
}

/**
 * Keeps the document catalog in step with documents as they change: title and last change come
 * from each committed document's metadata (a document's type is fixed when it is registered). A document created offline and first seen through
 * sync is registered here. Writes are batched (every `delayMs`), as the catalog is derived data.
 */
export class DocumentProjector {
  private readonly pending = new Map<string, PendingChange>()
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly delayMs = 250,
  ) {}

  /** Notes a committed change to a room; call with the room's committed document. */
  noteCommitted(room: Room, doc: Y.Doc): void {
    if (room.kind !== 'content') return
    const meta = readDocumentMeta(doc)
    if (!meta) return
    this.pending.set(room.documentId, { title: meta.title, type: meta.type, updatedAt: this.now().toISOString() })
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs)
  }

  /** Writes every pending change now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = [...this.pending]
    this.pending.clear()
    this.flushing = this.flushing.then(() => this.write(batch))
    return this.flushing
  }

  private async write(batch: Array<[string, PendingChange]>): Promise<void> {
    for (const [id, change] of batch) {
      try {
        const updated = await this.catalog.update(id, { title: change.title, updatedAt: change.updatedAt })
        if (!updated) {
          await this.catalog.insert(
            newDocumentRecord({ id, type: change.type, title: change.title, at: change.updatedAt }),
          )
        }
      } catch (error) {
        this.log.error({ document: id, error: String(error) }, 'could not update the document list')
      }
    }
  }
}
