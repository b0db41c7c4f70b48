import { CloseCode } from '@samskriv/shared'
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Connection } from './Connection.js'
import type { AwarenessEntry } from './decodeAwarenessUpdate.js'
import { encodeAwarenessMessage } from './encodeServerMessage.js'
import { presenceInAccountName } from './presenceInAccountName.js'

/** The origin of presence changes that came from another relay process. */
const PEER_ORIGIN = Symbol('peer')

/**
 * A room's presence: each client's awareness state (caret, name, colour), which connection speaks
 * for which client id, and the relaying of changes to everyone, also to and from the room's other
 * processes (`onLocalChange`, `applyPeer`).
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness
  private readonly owners = new Map<Connection, Set<number>>()
  /** Client ids whose connection is on another process, and whose they are. */
  private readonly peerOwners = new Map<number, string | null>()

  constructor(
    doc: Y.Doc,
    private readonly maxClientsPerConnection: number,
    private readonly onLocalChange: (update: Uint8Array, userId: string | null) => void = () => {},
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
      const peerOwner = owner ? undefined : this.peerOwners.get(clientId)
      if (
        (owner && owner !== connection && owner.userId !== connection.userId) ||
        (peerOwner !== undefined && peerOwner !== connection.userId)
      ) {
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

  /** Applies a presence change from another process (its connections were judged there). */
  applyPeer(update: Uint8Array, userId: string | null): void {
    this.peerUser = userId
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, PEER_ORIGIN)
    } catch {
      // A peer's update was applied there already; one that does not apply here changes nothing.
    }
  }

  /** Hands every state this process's connections speak for to `send`, one person at a time. */
  announce(send: (update: Uint8Array, userId: string | null) => void): void {
    for (const [connection, clientIds] of this.owners) {
      const present = [...clientIds].filter((id) => this.awareness.getStates().has(id))
      if (present.length > 0) send(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present), connection.userId)
    }
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate)
    this.awareness.destroy()
  }

  private peerUser: string | null = null

  private ownerOf(clientId: number): Connection | undefined {
    for (const [connection, ids] of this.owners) if (ids.has(clientId)) return connection
    return undefined
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.owners.get(origin as Connection)
    if (origin === PEER_ORIGIN) {
      for (const clientId of [...added, ...updated]) this.peerOwners.set(clientId, this.peerUser)
      for (const clientId of removed) this.peerOwners.delete(clientId)
    }
    if (owned) {
      for (const clientId of [...added, ...updated]) {
        for (const ids of this.owners.values()) ids.delete(clientId)
        this.peerOwners.delete(clientId)
        owned.add(clientId)
      }
      for (const clientId of removed) owned.delete(clientId)
    }
    const changed = [...added, ...updated, ...removed]
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
    // Changes of this process's clients go to the other processes; each times out states itself.
    if (origin !== PEER_ORIGIN && origin !== 'timeout') {
      this.onLocalChange(update, owned ? (origin as Connection).userId : null)
    }
    const frame = encodeAwarenessMessage(update)
    // Sent to the sender too, as the reference relay does: it keeps the client's idle check alive.
    for (const connection of this.owners.keys()) connection.send(frame)
  }
}
