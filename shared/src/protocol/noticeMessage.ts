import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { z } from 'zod'
import { RELAY_ACCESS } from '../auth/relayAccess.js'
import { lockStateSchema } from '../documentLayout.js'
import { MessageType } from './messageTypes.js'

/**
 * What the relay tells a Samskriv client about its connection (`MessageType.notice`): sent when it
 * joins, whenever the document's lock changes, and when one of its updates was refused. Only
 * clients that declared a schema version get it; stock clients get y-protocols' permission-denied.
 */
export const relayNoticeSchema = z.object({
  /** The document's lock: draft, frozen (justering) or approved. */
  lock: lockStateSchema,
  /** The revision being written. */
  revision: z.number().int().positive(),
  /** What this connection may do. */
  access: z.enum(RELAY_ACCESS),
  /** The client's copy is from an older revision: its changes are not accepted here. */
  stale: z.boolean(),
  /** An update from this connection was just refused (not applied, not stored). */
  refused: z.boolean(),
})
export type RelayNotice = z.infer<typeof relayNoticeSchema>

/** Encodes a notice with the relay's current state vector (so a client can tell what it holds that the relay lacks). */
export function encodeNoticeMessage(notice: RelayNotice, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.notice)
  encoding.writeVarString(encoder, JSON.stringify(notice))
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Reads a notice after its message type; throws on anything malformed. */
export function readNoticeMessage(decoder: decoding.Decoder): { notice: RelayNotice; stateVector: Uint8Array } {
  const notice = relayNoticeSchema.parse(JSON.parse(decoding.readVarString(decoder)))
  return { notice, stateVector: decoding.readVarUint8Array(decoder) }
}
