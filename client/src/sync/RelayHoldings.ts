import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { MessageType, SyncMessageType } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import type { ProviderMessageHandler } from './DurabilityTracker'
import { currentState, loadAcknowledged, saveAcknowledged } from './relayHoldingsStore'

/**
 * What the relay is known to hold of one room, per Yjs client (a state vector), kept on the device
 * across reloads: everything it acknowledged as stored, and everything it sent (it stores before
 * it relays). Grows only.
 */
export class RelayHoldings {
  private held = new Map<number, number>()
  private readonly listeners = new Set<() => void>()
  private saving: Promise<void> | null = null
  private unsaved = false
  private destroyed = false

  constructor(
    private readonly db: LocalDatabase,
    private readonly key: string,
    private readonly doc: Y.Doc,
  ) {}

  get state(): ReadonlyMap<number, number> {
    return this.held
  }

  /** Reads what was recorded before (nothing if it cannot be read: marks only clear later). */
  async load(): Promise<void> {
    const stored = await loadAcknowledged(this.db, this.key).catch(() => new Map<number, number>())
    this.merge(stored, false)
  }

  /**
   * Counts what the relay sends over `provider`'s websocket as held by it (it stores before it
   * relays), also what this device already had (from another tab): not what another tab sends
   * over the BroadcastChannel, which y-websocket hands to the same handler with `emitSynced` false.
   */
  watch(provider: { messageHandlers: ProviderMessageHandler[] }): void {
    const handleSync = provider.messageHandlers[MessageType.sync]
    if (handleSync === undefined) return
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, from, emitSynced, messageType) => {
      const update = emitSynced ? peekUpdate(decoder) : null
      handleSync(encoder, decoder, from, emitSynced, messageType)
      if (update !== null) this.merge(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)), true)
    }
  }

  /** The relay holds everything in the document now (it acknowledged all of it). */
  holdAll(): void {
    this.merge(currentState(this.doc), true)
  }

  /** Calls `listener` whenever what the relay holds grows; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    this.destroyed = true
    this.listeners.clear()
  }

  private merge(state: ReadonlyMap<number, number>, save: boolean): void {
    let grew = false
    for (const [client, clock] of state) {
      if (clock > (this.held.get(client) ?? 0)) {
        this.held.set(client, clock)
        grew = true
      }
    }
    if (!grew) return
    if (save) this.save()
    for (const listener of this.listeners) listener()
  }

  /** Writes the state, one write at a time (the latest state after the one in flight). */
  private save(): void {
    if (this.saving !== null) {
      this.unsaved = true
      return
    }
    this.saving = saveAcknowledged(this.db, this.key, new Map(this.held))
      .catch(() => {
        // Only the "ej synkad" marks depend on it; they clear at the next acknowledgement.
      })
      .finally(() => {
        this.saving = null
        if (this.unsaved && !this.destroyed) {
          this.unsaved = false
          this.save()
        }
      })
  }
}

/** The update a sync message carries (step 2 or update), read without consuming it; else null. */
function peekUpdate(decoder: decoding.Decoder): Uint8Array | null {
  try {
    const peek = decoding.clone(decoder)
    const type = decoding.readVarUint(peek)
    if (type !== SyncMessageType.step2 && type !== SyncMessageType.update) return null
    return decoding.readVarUint8Array(peek)
  } catch {
    return null
  }
}
