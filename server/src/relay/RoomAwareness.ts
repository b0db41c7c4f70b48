import { CloseCode } from '@samskriv/shared'
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Connection } from './Connection.js'
import type { AwarenessEntry } from './decodeAwarenessUpdate.js'
import { encodeAwarenessMessage } from './encodeServerMessage.js'
import { presenceInAccountName } from './presenceInAccountName.js'

/**
 * A room's presence: each client's awareness state (caret, name, colour), which connection speaks
 * for which client id, and the relaying of changes to everyone.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness
  private readonly owners = new Map<Connection, Set<number>>()

  constructor(
    doc: Y.Doc,
    private readonly maxClientsPerConnection: number,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onUpdate)
  }

  join(connection: Connection): void {
    this.owners.set(connection, new Set())
  }

  /** Removes the states a departing connection spoke for. */
  leave(connection: Connection): void {
    const clientIds = this.owners.get(connection)
    this.owners.delete(connection)
    if (clientIds && clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clientIds], null)
  }

  /**
   * Applies a client's awareness update. Clients pass on each other's states (stock y-websocket
   * re-sends every change it sees), which is harmless: an entry no newer than what the relay has is
   * ignored. But a connection may not change the state of a client id another person's connection
   * owns (it could fake their caret or name): it is closed. The same person may take over their own
   * id (a reconnecting tab whose old connection is not yet gone). A signed-in person's states carry
   * their account's name, whatever the client wrote.
   */
  apply(connection: Connection, update: Uint8Array, entries: readonly AwarenessEntry[]): void {
    const speaksFor = new Set(this.owners.get(connection))
    for (const { clientId, clock, state } of entries) {
      const known = this.awareness.meta.get(clientId)?.clock ?? -1
      if (clock <= known) continue
      const owner = this.ownerOf(clientId)
      if (owner && owner !== connection && owner.userId !== connection.userId) {
        connection.close(CloseCode.foreignPresence, `client id ${clientId} belongs to another connection`)
        return
      }
      if (state !== null) speaksFor.add(clientId)
    }
    if (speaksFor.size > this.maxClientsPerConnection) {
      connection.close(CloseCode.awarenessTooLarge, `presence for ${speaksFor.size} client ids`)
      return
    }
    // Signed in, the name others see is the account's (a reader cannot appear as "Ordförande").
    const named = connection.identity === null ? update : presenceInAccountName(entries, connection.identity.name)
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, named, connection)
    } catch {
      connection.close(CloseCode.malformedMessage, 'awareness update could not be applied')
    }
  }

  /** Sends every current state to one connection (when it joins or asks). */
  sendAll(connection: Connection): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length === 0) return
    connection.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)))
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate)
    this.awareness.destroy()
  }

  private ownerOf(clientId: number): Connection | undefined {
    for (const [connection, ids] of this.owners) if (ids.has(clientId)) return connection
    return undefined
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.owners.get(origin as Connection)
    if (owned) {
      for (const clientId of [...added, ...updated]) {
        for (const ids of this.owners.values()) ids.delete(clientId)
        owned.add(clientId)
      }
      for (const clientId of removed) owned.delete(clientId)
    }
    const changed = [...added, ...updated, ...removed]
    const frame = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    // Sent to the sender too, as the reference relay does: it keeps the client's idle check alive.
    for (const connection of this.owners.keys()) connection.send(frame)
  }
}
