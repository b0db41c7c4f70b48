import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { ObservableV2 } from 'lib0/observable'
import { encodeDurabilityMessage, MessageType, SyncMessageType } from '@samskriv/shared'
import { DurabilityTracker, type DurabilityProvider, type ProviderMessageHandler } from './DurabilityTracker'

const REMOTE = Symbol('remote')

/** The part of WebsocketProvider the tracker touches, driven by hand. */
class FakeProvider
  extends ObservableV2<{ sync: (synced: boolean) => void; 'connection-close': () => void }>
  implements DurabilityProvider
{
  wsconnected = true
  readonly send = vi.fn<(data: Uint8Array) => void>()
  ws: { send(data: Uint8Array): void } | null = { send: this.send }
  messageHandlers: ProviderMessageHandler[] = []
  readonly syncHandler = vi.fn<ProviderMessageHandler>()

  constructor(doc: Y.Doc) {
    super()
    this.messageHandlers[MessageType.sync] = this.syncHandler
    // Like y-websocket: forward every update not received from the relay, while connected.
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || !this.wsconnected) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.sync)
      encoding.writeVarUint(encoder, SyncMessageType.update)
      encoding.writeVarUint8Array(encoder, update)
      this.send(encoding.toUint8Array(encoder))
    })
  }

  /** Delivers a relay frame the way y-websocket's readMessage does. */
  receive(frame: Uint8Array, emitSynced = true): void {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    this.messageHandlers[type]?.(encoding.createEncoder(), decoder, undefined as never, emitSynced, type)
  }

  /** The message types sent so far, in order. */
  sentTypes(): number[] {
    return this.send.mock.calls.map(([data]) => decoding.readVarUint(decoding.createDecoder(data)))
  }

  /** The sequence numbers of the durability requests sent so far. */
  requestedSeqs(): number[] {
    return this.send.mock.calls.flatMap(([data]) => {
      const decoder = decoding.createDecoder(data)
      return decoding.readVarUint(decoder) === MessageType.durability ? [decoding.readVarUint(decoder)] : []
    })
  }
}

function setup(inheritedUnsynced = false) {
  const doc = new Y.Doc()
  const provider = new FakeProvider(doc)
  const onSettled = vi.fn()
  const tracker = new DurabilityTracker(provider, doc, {
    isLocalChange: (origin) => origin !== provider && origin !== REMOTE,
    inheritedUnsynced,
    onSettled,
  })
  const edit = (text: string) => doc.getText('t').insert(0, text)
  const remoteEdit = (text: string) => {
    const other = new Y.Doc()
    other.getText('t').insert(0, text)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), REMOTE)
  }
  return { doc, provider, tracker, onSettled, edit, remoteEdit }
}

function step1Frame(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, SyncMessageType.step1)
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()))
  return encoding.toUint8Array(encoder)
}

describe('DurabilityTracker', () => {
  it('sends a request after a local update, behind the update', () => {
    const { provider, tracker, edit } = setup()
    edit('a')
    expect(provider.sentTypes()).toEqual([MessageType.sync, MessageType.durability])
    expect(provider.requestedSeqs()).toEqual([1])
    expect(tracker.state.unacknowledged).toBe(true)
  })

  it('sends nothing for remote updates', () => {
    const { provider, tracker, remoteEdit } = setup()
    remoteEdit('b')
    expect(provider.send).not.toHaveBeenCalled()
    expect(tracker.state.unacknowledged).toBe(false)
  })

  it('sends nothing while disconnected but keeps the change pending', () => {
    const { provider, tracker, edit } = setup()
    provider.wsconnected = false
    edit('a')
    expect(provider.requestedSeqs()).toEqual([])
    expect(tracker.state.unacknowledged).toBe(true)
  })

  it('is settled only by the acknowledgement of the latest request', () => {
    const { provider, tracker, onSettled, edit } = setup()
    edit('a')
    edit('b')
    expect(provider.requestedSeqs()).toEqual([1, 2])
    provider.receive(encodeDurabilityMessage(1))
    expect(tracker.state.unacknowledged).toBe(true)
    expect(onSettled).not.toHaveBeenCalled()
    provider.receive(encodeDurabilityMessage(2))
    expect(tracker.state.unacknowledged).toBe(false)
    expect(onSettled).toHaveBeenCalledWith({ localChanges: true, inherited: false })
  })

  it('ignores an acknowledgement that arrives after the connection was lost', () => {
    const { provider, tracker, edit } = setup()
    edit('a')
    provider.emit('connection-close', [])
    provider.receive(encodeDurabilityMessage(1))
    expect(tracker.state.unacknowledged).toBe(true)
  })

  it('requests again on sync after offline edits and settles with that answer', () => {
    const { provider, tracker, onSettled, edit } = setup()
    provider.wsconnected = false
    edit('offline')
    provider.wsconnected = true
    provider.emit('sync', [true])
    expect(provider.requestedSeqs()).toEqual([1])
    provider.receive(encodeDurabilityMessage(1))
    expect(tracker.state.unacknowledged).toBe(false)
    expect(onSettled).toHaveBeenCalledTimes(1)
  })

  it('does not request on sync when nothing is pending', () => {
    const { provider } = setup()
    provider.emit('sync', [true])
    expect(provider.send).not.toHaveBeenCalled()
  })

  it('settles inherited changes only with a request sent after the reply to step 1', async () => {
    const { provider, tracker, onSettled } = setup(true)
    provider.emit('sync', [true])
    provider.receive(encodeDurabilityMessage(1))
    expect(tracker.state.inheritedUnsynced).toBe(true)

    provider.receive(step1Frame())
    expect(provider.syncHandler).toHaveBeenCalledTimes(1)
    await Promise.resolve()
    expect(provider.requestedSeqs()).toEqual([1, 2])
    provider.receive(encodeDurabilityMessage(2))
    expect(tracker.state.inheritedUnsynced).toBe(false)
    expect(onSettled).toHaveBeenCalledWith({ localChanges: false, inherited: true })
  })

  it('ignores step 1 arriving from another tab', async () => {
    const { provider } = setup(true)
    provider.receive(step1Frame(), false)
    await Promise.resolve()
    expect(provider.send).not.toHaveBeenCalled()
  })

  it('restores the provider on destroy', () => {
    const { provider, tracker, edit } = setup()
    edit('a')
    tracker.destroy()
    expect(provider.messageHandlers[MessageType.sync]).toBe(provider.syncHandler)
    provider.receive(encodeDurabilityMessage(1))
    expect(tracker.state.unacknowledged).toBe(true)
    edit('b')
    expect(provider.requestedSeqs()).toEqual([1])
  })
})
