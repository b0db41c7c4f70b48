import { CloseCode, MessageType, readDurabilitySeq, SyncMessageType } from '@samskriv/shared'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { decodeAwarenessUpdate, type AwarenessEntry } from './decodeAwarenessUpdate.js'
import { ProtocolError } from './ProtocolError.js'

/** A decoded, validated message from a client. */
export type ClientMessage =
  /** Sync step 1: the client's state vector; answered with what it lacks. */
  | { readonly type: 'syncStep1'; readonly stateVector: Uint8Array }
  /** Sync step 2 or an update: content to store and relay. */
  | { readonly type: 'update'; readonly update: Uint8Array }
  /** Presence: carets, names. */
  | { readonly type: 'awareness'; readonly update: Uint8Array; readonly entries: AwarenessEntry[] }
  /** The client asks for everyone's awareness state. */
  | { readonly type: 'queryAwareness' }
  /** "Tell me when everything I sent before this is stored." */
  | { readonly type: 'durability'; readonly seq: number }

function readSync(decoder: decoding.Decoder): ClientMessage {
  const subType = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  switch (subType) {
    case SyncMessageType.step1:
      // Throws on a malformed state vector.
      Y.decodeStateVector(payload)
      return { type: 'syncStep1', stateVector: payload }
    case SyncMessageType.step2:
    case SyncMessageType.update:
      // Not decoded here: malformed updates have hung Yjs, so the room has each one decoded and
      // test-applied in a worker under a time budget (UpdateChecker) before it reaches the document.
      return { type: 'update', update: payload }
    default:
      throw new ProtocolError(CloseCode.unsupportedMessage, `unknown sync message type ${subType}`)
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const messageType = decoding.readVarUint(decoder)
  switch (messageType) {
    case MessageType.sync:
      return readSync(decoder)
    case MessageType.awareness: {
      const update = decoding.readVarUint8Array(decoder)
      return { type: 'awareness', update, entries: decodeAwarenessUpdate(update) }
    }
    case MessageType.queryAwareness:
      return { type: 'queryAwareness' }
    case MessageType.durability:
      return { type: 'durability', seq: readDurabilitySeq(decoder) }
    default:
      // Includes MessageType.auth, which only the relay sends.
      throw new ProtocolError(CloseCode.unsupportedMessage, `unsupported message type ${messageType}`)
  }
}

/**
 * Decodes one websocket frame from a client. Throws a {@link ProtocolError} for anything that is
 * not exactly one well-formed message: empty, truncated, trailing bytes, an unknown type, a
 * malformed state vector or awareness update. (Updates are checked later, off the main thread.)
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  if (frame.length === 0) throw new ProtocolError(CloseCode.malformedMessage, 'empty frame')
  const decoder = decoding.createDecoder(frame)
  let message: ClientMessage
  try {
    message = readMessage(decoder)
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(CloseCode.malformedMessage, 'frame does not decode')
  }
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError(CloseCode.malformedMessage, 'trailing bytes after message')
  }
  return message
}
