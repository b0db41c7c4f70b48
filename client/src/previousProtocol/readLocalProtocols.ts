import * as Y from 'yjs'
import type { JSONContent } from '@tiptap/core'
import { fragmentToJson, getBody, protocolHeader, readDocumentMeta, type ProtocolCandidate } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { readStoredDocument } from '../storage/readStoredDocument'

/** A protocol stored on this device: what finding a body's previous protocol needs, and its body. */
export interface LocalProtocol extends ProtocolCandidate {
  /** The group that owns it (null: none, or not known on this device). */
  readonly groupId: string | null
  /** Its body as ProseMirror JSON, to start the next protocol from or copy attendance out of. */
  readonly body: JSONContent
}

/**
 * The protocols stored on this device (not in the trash), read from their Yjs state: works offline.
 * Protocols listed by the server but never opened here have no stored state and are not among them.
 */
export async function readLocalProtocols(db: LocalDatabase): Promise<LocalProtocol[]> {
  const records = (await db.documents.toArray()).filter((r) => r.type === 'protocol' && r.deletedAt === null)
  const protocols: LocalProtocol[] = []
  for (const record of records) {
    const stored = await readStoredDocument(db, record.id)
    if (stored.update === null) continue
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, stored.update)
      const meta = readDocumentMeta(doc)
      if (meta === null || meta.type !== 'protocol') continue
      const body = fragmentToJson(getBody(doc))
      const header = protocolHeader(body)
      protocols.push({
        id: record.id,
        title: meta.title,
        decidingBody: header?.decidingBody ?? '',
        date: header?.date ?? '',
        createdAt: record.createdAt,
        groupId: record.groupId ?? null,
        body,
      })
    } finally {
      doc.destroy()
    }
  }
  return protocols
}
