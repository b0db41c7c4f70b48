import * as Y from 'yjs'
import {
  extractRegisters,
  followUpStates,
  fragmentToJson,
  getBody,
  readDocumentMeta,
  type ActivityEntry,
  type DecisionEntry,
  type DocumentStatus,
  type LockState,
} from '@samskriv/shared'
import { readFollowUps } from '../followUp/readFollowUps'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { readStoredDocument } from '../storage/readStoredDocument'

/** Every decision and activity in the documents stored on this device. */
export interface LocalRegisters {
  decisions: DecisionEntry[]
  activities: ActivityEntry[]
  /** How many documents on the device were read (those listed but never opened are not stored). */
  documentsRead: number
}

const STATUS_OF_LOCK: Record<LockState['state'], DocumentStatus> = {
  draft: 'draft',
  frozen: 'justering',
  approved: 'approved',
}

/**
 * Reads the decisions and activities of every document stored on this device (not in the trash)
 * with the same shared `extractRegisters` the server's registers are built with, so offline lists
 * hold exactly what the server would list for these documents; activities with their follow-up
 * as this device knows it (the server's logs as last fetched, and what was written here).
 */
export async function readLocalRegisters(db: LocalDatabase): Promise<LocalRegisters> {
  const records = (await db.documents.toArray()).filter((record) => record.deletedAt === null)
  const followUps = (await readFollowUps(db)).filter((entry) => entry.refusedCode === null)
  const decisions: DecisionEntry[] = []
  const activities: ActivityEntry[] = []
  let documentsRead = 0
  for (const record of records) {
    if (record.type === 'guidance') continue
    const stored = await readStoredDocument(db, record.id)
    if (stored.update === null) continue
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, stored.update)
      const meta = readDocumentMeta(doc)
      if (meta === null) continue
      documentsRead += 1
      const registers = extractRegisters(record.id, meta, fragmentToJson(getBody(doc)))
      const documentStatus = STATUS_OF_LOCK[meta.lock.state]
      for (const decision of registers.decisions) decisions.push({ ...decision, documentStatus })
      const states = followUpStates(followUps.filter((entry) => entry.documentId === record.id))
      for (const activity of registers.activities) {
        activities.push({ ...activity, documentStatus, followUpState: states.get(activity.id) ?? null })
      }
    } finally {
      doc.destroy()
    }
  }
  return { decisions, activities, documentsRead }
}
