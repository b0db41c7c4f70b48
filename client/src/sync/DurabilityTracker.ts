import type * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import { encodeDurabilityMessage, MessageType, readDurabilitySeq, SyncMessageType } from '@samskriv/shared'
import {
  INITIAL_DURABILITY_STATE,
  reduceDurability,
  type DurabilityEvent,
  type DurabilityState,
} from './reduceDurability'

/** A y-websocket message handler (the provider argument is left opaque here). */
export type ProviderMessageHandler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: never,
  emitSynced: boolean,
  messageType: number,
) => void

const ignoreMessage: ProviderMessageHandler = () => {}

/** The part of y-websocket's `WebsocketProvider` the tracker uses. */
export interface DurabilityProvider {
  readonly wsconnected: boolean
  readonly ws: { send(data: Uint8Array): void } | null
  messageHandlers: ProviderMessageHandler[]
  on(name: 'sync', listener: (synced: boolean) => void): unknown
  on(name: 'connection-close', listener: () => void): unknown
  off(name: 'sync', listener: (synced: boolean) => void): unknown
  off(name: 'connection-close', listener: () => void): unknown
}

/** Options of {@link DurabilityTracker}. */
export interface DurabilityTrackerOptions {
  /** True for the origin of an update made on this device. */
  isLocalChange: (origin: unknown) => boolean
  /** The device held unacknowledged changes when the document was loaded. */
  inheritedUnsynced: boolean
  /** Every state change, for the sync status machine. */
  onEvent?: (event: DurabilityEvent) => void
  /** The relay acknowledged all local changes and/or the changes inherited at load. */
  onSettled?: (settled: { localChanges: boolean; inherited: boolean }) => void
}

/**
 * Asks the relay to confirm that this device's changes are on disk. After every local update
 * (while connected) and whenever the initial upload of a connection went out, it sends
 * `[durability, seq]` right behind the update; the relay answers with the same seq once everything
 * before it is committed. Only the answer to the latest request, with no local change after it,
 * settles the local changes. Create it after the provider so its update listener runs after the
 * provider's, which puts the request behind the update on the wire.
 */
export class DurabilityTracker {
  private durability: DurabilityState
  private nextSeq = 1
  private initialStateUploaded = false
  private readonly originalSyncHandler: ProviderMessageHandler | undefined

  constructor(
    private readonly provider: DurabilityProvider,
    private readonly doc: Y.Doc,
    private readonly options: DurabilityTrackerOptions,
  ) {
    this.durability = reduceDurability(INITIAL_DURABILITY_STATE, {
      type: 'loaded',
      inheritedUnsynced: options.inheritedUnsynced,
    })
    this.originalSyncHandler = provider.messageHandlers[MessageType.sync]
    provider.messageHandlers[MessageType.sync] = this.handleSyncMessage
    provider.messageHandlers[MessageType.durability] = this.handleAcknowledgement
    provider.on('sync', this.handleSynced)
    provider.on('connection-close', this.handleConnectionClose)
    doc.on('update', this.handleUpdate)
  }

  /** The current durability state. */
  get state(): DurabilityState {
    return this.durability
  }

  /** Detaches from the provider and the document. */
  destroy(): void {
    const handlers = this.provider.messageHandlers
    if (this.originalSyncHandler) handlers[MessageType.sync] = this.originalSyncHandler
    // An acknowledgement still on its way is dropped (without a handler y-websocket logs an error).
    handlers[MessageType.durability] = ignoreMessage
    this.provider.off('sync', this.handleSynced)
    this.provider.off('connection-close', this.handleConnectionClose)
    this.doc.off('update', this.handleUpdate)
  }

  private pending(): boolean {
    return this.durability.unacknowledged || this.durability.inheritedUnsynced
  }

  private apply(event: DurabilityEvent): void {
    const before = this.durability
    this.durability = reduceDurability(before, event)
    const localChanges = before.unacknowledged && !this.durability.unacknowledged
    const inherited = before.inheritedUnsynced && !this.durability.inheritedUnsynced
    // Settlement first: whoever reacts to the event (e.g. closes the session) finds it recorded.
    if (localChanges || inherited) this.options.onSettled?.({ localChanges, inherited })
    this.options.onEvent?.(event)
  }

  private request(): void {
    const { ws } = this.provider
    if (!this.provider.wsconnected || ws === null) return
    const seq = this.nextSeq
    this.nextSeq += 1
    ws.send(encodeDurabilityMessage(seq))
    this.apply({ type: 'durabilityRequested', seq, coversInitialState: this.initialStateUploaded })
  }

  private readonly handleUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (!this.options.isLocalChange(origin)) return
    this.apply({ type: 'localChange' })
    this.request()
  }

  private readonly handleSynced = (synced: boolean): void => {
    if (synced && this.pending()) this.request()
  }

  private readonly handleConnectionClose = (): void => {
    this.initialStateUploaded = false
    this.apply({ type: 'connectionLost' })
  }

  /**
   * Wraps y-websocket's sync handler to notice the relay's step 1: the provider sends our step 2
   * (everything the relay lacks, including offline edits) right after this handler returns, so a
   * request queued as a microtask follows it on the wire and covers the device's whole state.
   */
  private readonly handleSyncMessage: ProviderMessageHandler = (
    encoder,
    decoder,
    provider,
    emitSynced,
    messageType,
  ) => {
    const syncType = decoding.peekVarUint(decoder)
    this.originalSyncHandler?.(encoder, decoder, provider, emitSynced, messageType)
    // emitSynced is false for messages from other tabs over the BroadcastChannel.
    if (syncType !== SyncMessageType.step1 || !emitSynced) return
    const socket = this.provider.ws
    queueMicrotask(() => {
      if (this.provider.ws !== socket || !this.provider.wsconnected) return
      this.initialStateUploaded = true
      if (this.pending()) this.request()
    })
  }

  private readonly handleAcknowledgement: ProviderMessageHandler = (_encoder, decoder) => {
    let seq: number
    try {
      seq = readDurabilitySeq(decoder)
    } catch {
      // A malformed acknowledgement cannot settle anything; the next request asks again.
      return
    }
    this.apply({ type: 'acknowledged', seq })
  }
}
