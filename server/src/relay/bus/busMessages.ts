import { lockStateSchema } from '@samskriv/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { z } from 'zod'
import type { RelayMessage, RoomMessage } from './RelayBus.js'

/** Message tags on the wire between relay processes (not the client protocol). */
const Tag = {
  updates: 0,
  head: 1,
  awareness: 2,
  awarenessQuery: 3,
  lock: 4,
  reconsider: 5,
  reconsiderPerson: 6,
  endSessions: 7,
  notice: 8,
} as const

const reconsiderSchema = z.object({ userId: z.string().nullable(), documentIds: z.array(z.string()) })
const reconsiderPersonSchema = z.object({ userId: z.string() })
const endSessionsSchema = z.object({ userId: z.string(), sessionIds: z.array(z.string()).nullable() })
const noticeSchema = z.object({ userIds: z.array(z.string()).nullable(), topics: z.array(z.string()) })

const readJson = (d: decoding.Decoder): unknown => JSON.parse(decoding.readVarString(d))

/**
 * Encodes a bus message with the sending process's id first, so a process can drop its own
 * messages (Redis delivers a publication to its publisher's subscriptions too).
 */
export function encodeBusMessage(sender: string, message: RoomMessage | RelayMessage): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarString(e, sender)
  encoding.writeVarUint(e, Tag[message.type])
  switch (message.type) {
    case 'updates':
      encoding.writeVarUint(e, message.firstSeq)
      encoding.writeVarUint(e, message.lastSeq)
      encoding.writeVarUint(e, message.updates.length)
      for (const update of message.updates) encoding.writeVarUint8Array(e, update)
      break
    case 'head':
      encoding.writeVarUint(e, message.lastSeq)
      break
    case 'awareness':
      encoding.writeVarUint8Array(e, message.update)
      encoding.writeVarString(e, message.userId ?? '')
      break
    case 'awarenessQuery':
      break
    case 'lock':
      encoding.writeVarString(e, JSON.stringify({ lock: message.lock, revision: message.revision }))
      break
    case 'reconsider':
    case 'reconsiderPerson':
    case 'endSessions':
    case 'notice': {
      // Rare and small: JSON, checked by a schema when read.
      const { type: _type, ...fields } = message
      encoding.writeVarString(e, JSON.stringify(fields))
      break
    }
  }
  return encoding.toUint8Array(e)
}

/** Decodes a bus message; throws on anything malformed. */
export function decodeBusMessage(bytes: Uint8Array): { sender: string; message: RoomMessage | RelayMessage } {
  const d = decoding.createDecoder(bytes)
  const sender = decoding.readVarString(d)
  const tag = decoding.readVarUint(d)
  switch (tag) {
    case Tag.updates: {
      const firstSeq = decoding.readVarUint(d)
      const lastSeq = decoding.readVarUint(d)
      const updates = Array.from({ length: decoding.readVarUint(d) }, () => decoding.readVarUint8Array(d))
      return { sender, message: { type: 'updates', firstSeq, lastSeq, updates } }
    }
    case Tag.head:
      return { sender, message: { type: 'head', lastSeq: decoding.readVarUint(d) } }
    case Tag.awareness: {
      const update = decoding.readVarUint8Array(d)
      const userId = decoding.readVarString(d)
      return { sender, message: { type: 'awareness', update, userId: userId === '' ? null : userId } }
    }
    case Tag.awarenessQuery:
      return { sender, message: { type: 'awarenessQuery' } }
    case Tag.lock: {
      const { lock, revision } = JSON.parse(decoding.readVarString(d)) as { lock: unknown; revision: number }
      return { sender, message: { type: 'lock', lock: lockStateSchema.parse(lock), revision: Number(revision) } }
    }
    case Tag.reconsider:
      return { sender, message: { type: 'reconsider', ...reconsiderSchema.parse(readJson(d)) } }
    case Tag.reconsiderPerson:
      return { sender, message: { type: 'reconsiderPerson', ...reconsiderPersonSchema.parse(readJson(d)) } }
    case Tag.endSessions:
      return { sender, message: { type: 'endSessions', ...endSessionsSchema.parse(readJson(d)) } }
    case Tag.notice:
      return { sender, message: { type: 'notice', ...noticeSchema.parse(readJson(d)) } }
    default:
      throw new Error(`unknown bus message ${tag}`)
  }
}
