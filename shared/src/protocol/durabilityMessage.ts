import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType } from './messageTypes.js'

/** Encodes `[MessageType.durability, seq]`, the request and the acknowledgement alike. */
export function encodeDurabilityMessage(seq: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.durability)
  encoding.writeVarUint(encoder, seq)
  return encoding.toUint8Array(encoder)
}

/**
 * Reads the sequence number that follows the message type (already read from `decoder`).
 * Throws when the number is missing or not a safe integer.
 */
export function readDurabilitySeq(decoder: decoding.Decoder): number {
  const seq = decoding.readVarUint(decoder)
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error('invalid durability sequence number')
  return seq
}
