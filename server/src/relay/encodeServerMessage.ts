import { MessageType, SyncMessageType } from '@samskriv/shared'
import * as encoding from 'lib0/encoding'

function encodeSync(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, subType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** Sync step 1: the relay's state vector, so the client sends what the relay lacks. */
export const encodeSyncStep1 = (stateVector: Uint8Array) => encodeSync(SyncMessageType.step1, stateVector)

/** Sync step 2: the updates a client lacks. */
export const encodeSyncStep2 = (update: Uint8Array) => encodeSync(SyncMessageType.step2, update)

/** A stored update relayed to the other clients. */
export const encodeSyncUpdate = (update: Uint8Array) => encodeSync(SyncMessageType.update, update)

/** An awareness update. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}
