import { encodeDurabilityMessage } from '@samskriv/shared'
import * as Y from 'yjs'
import type { Connection } from './Connection.js'
import type { ClientMessage } from './decodeClientMessage.js'
import { encodeSyncStep1, encodeSyncStep2 } from './encodeServerMessage.js'
import type { RoomAwareness } from './RoomAwareness.js'
import type { RoomGate } from './RoomGate.js'

/** What a room answers with: its committed document, its presence and its gate. */
export interface RoomView {
  readonly doc: Y.Doc
  readonly presence: RoomAwareness
  readonly gate: RoomGate
  /** The document encoded whole, kept until it changes: many clients joining at once cost one encoding. */
  readonly wholeState: () => Uint8Array
}

const hasNothing = (stateVector: Uint8Array) => Y.decodeStateVector(stateVector).size === 0

/** Welcomes a connection that joined: its access and the lock, the sync handshake, everyone's presence. */
export function greet(room: RoomView, connection: Connection): void {
  if (!connection.isOpen || !room.gate.admit(connection)) return
  room.gate.notify(connection, room.doc, false)
  connection.send(encodeSyncStep1(Y.encodeStateVector(room.doc)))
  room.presence.sendAll(connection)
}

/** Answers a client message that carries no content (updates are applied in commit runs). */
export function answerMessage(room: RoomView, connection: Connection, message: ClientMessage): void {
  if (!connection.isOpen) return
  switch (message.type) {
    case 'syncStep1': {
      const { stateVector } = message
      connection.send(
        encodeSyncStep2(hasNothing(stateVector) ? room.wholeState() : Y.encodeStateAsUpdate(room.doc, stateVector)),
      )
      return
    }
    case 'awareness':
      room.presence.apply(connection, message.update, message.entries)
      return
    case 'queryAwareness':
      room.presence.sendAll(connection)
      return
    case 'durability':
      // Every update this connection sent before this request has been committed by now.
      connection.send(encodeDurabilityMessage(message.seq))
      return
    case 'update':
      return
  }
}
