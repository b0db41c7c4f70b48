import * as Y from 'yjs'
import {
  documentSearchText,
  parseDocumentId,
  prepareForSearch,
  type DocumentId,
  type PreparedDocument,
} from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'

/** A document copy on this device, ready to be searched. */
export interface DeviceText {
  readonly prepared: PreparedDocument
  /** The deciding body of a protocol's meeting header; '' when there is none. */
  readonly body: string
}

/** Which stored rows a copy is made of: any write (an edit, a compaction) changes it. */
type Stamp = string

/** Each stored copy's stamp. */
export type StoredStamps = ReadonlyMap<DocumentId, Stamp>

/**
 * The searchable text of every document copy stored on this device, read from IndexedDB with the
 * shared layout code. Each copy is decoded once and kept with a stamp of its stored rows (their
 * count and newest key, read without their bytes); reading again decodes only the copies written
 * since, so typing in the search box never decodes a document. Comment rooms are not searched.
 */
export class DeviceTextIndex {
  private readonly entries = new Map<DocumentId, { stamp: Stamp; text: DeviceText | null }>()

  constructor(private readonly db: LocalDatabase) {}

  /**
   * Brings the index up to date with the stored copies (as `stamps` says they are, or as they are
   * now) and answers it (a new map each time).
   */
  async read(stamps: StoredStamps | null = null): Promise<ReadonlyMap<DocumentId, DeviceText>> {
    stamps ??= await this.stamps()
    for (const id of this.entries.keys()) if (!stamps.has(id)) this.entries.delete(id)
    for (const [id, stamp] of stamps) {
      if (this.entries.get(id)?.stamp === stamp) continue
      this.entries.set(id, { stamp, text: await this.decode(id) })
    }
    const texts = new Map<DocumentId, DeviceText>()
    for (const [id, entry] of this.entries) if (entry.text !== null) texts.set(id, entry.text)
    return texts
  }

  /** The stamp of every stored copy, read without the copies' bytes (cheap enough for a live query). */
  async stamps(): Promise<StoredStamps> {
    const { rooms, keys } = await this.db.transaction('r', this.db.updates, async () => {
      const collection = this.db.updates.orderBy('documentId')
      return { rooms: await collection.keys(), keys: await collection.primaryKeys() }
    })
    const counts = new Map<DocumentId, { rows: number; newest: number }>()
    rooms.forEach((room, index) => {
      const id = typeof room === 'string' ? parseDocumentId(room) : null
      if (id === null) return
      const seen = counts.get(id) ?? { rows: 0, newest: 0 }
      counts.set(id, { rows: seen.rows + 1, newest: Math.max(seen.newest, keys[index] ?? 0) })
    })
    return new Map([...counts].map(([id, { rows, newest }]) => [id, `${rows}:${newest}`]))
  }

  private async decode(id: DocumentId): Promise<DeviceText | null> {
    const rows = await this.db.updates.where('documentId').equals(id).toArray()
    if (rows.length === 0) return null
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, Y.mergeUpdates(rows.map((row) => row.update)))
      const found = documentSearchText(doc)
      return found === null ? null : { prepared: prepareForSearch(found), body: found.body }
    } finally {
      doc.destroy()
    }
  }
}

const indexes = new WeakMap<LocalDatabase, DeviceTextIndex>()

/** The one index of a database (kept for the page's life, so the list opens without decoding again). */
export function deviceTextIndexOf(db: LocalDatabase): DeviceTextIndex {
  let index = indexes.get(db)
  if (index === undefined) {
    index = new DeviceTextIndex(db)
    indexes.set(db, index)
  }
  return index
}
