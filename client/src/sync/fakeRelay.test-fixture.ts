import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { encodeDurabilityMessage, MessageType } from '@samskriv/shared'

/**
 * A relay in memory: y-protocols sync against its own doc, each update relayed to the other
 * sockets, durability answered at once.
 */
export class FakeRelay {
  readonly doc = new Y.Doc()
  private readonly sockets = new Set<FakeWebSocket>()

  constructor() {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.sync)
      syncProtocol.writeUpdate(encoder, update)
      const frame = encoding.toUint8Array(encoder)
      for (const socket of this.sockets) if (socket !== origin) socket.deliver(frame)
    })
  }

  readonly durabilityRequests: number[] = []
  refuseNextWith: number | null = null
  /** Closes every connection with this code at its first frame (e.g. 1009 for a frame too large). */
  closeEveryConnectionWith: number | null = null

  attach(socket: FakeWebSocket): void {
    this.sockets.add(socket)
    socket.onClientFrame = (frame) => {
      if (socket.readyState !== FakeWebSocket.OPEN) return
      const closeWith = this.refuseNextWith ?? this.closeEveryConnectionWith
      if (closeWith !== null) {
        socket.serverClose(closeWith)
        this.refuseNextWith = null
        return
      }
      const decoder = decoding.createDecoder(frame)
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.sync) {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.sync)
        syncProtocol.readSyncMessage(decoder, encoder, this.doc, socket)
        if (encoding.length(encoder) > 1) socket.deliver(encoding.toUint8Array(encoder))
      } else if (type === MessageType.durability) {
        const seq = decoding.readVarUint(decoder)
        this.durabilityRequests.push(seq)
        socket.deliver(encodeDurabilityMessage(seq))
      }
    }
    socket.accept()
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, MessageType.sync)
    syncProtocol.writeSyncStep1(step1, this.doc)
    socket.deliver(encoding.toUint8Array(step1))
  }
}

/** Just enough of WebSocket for y-websocket; frames travel as microtasks, in order. */
export class FakeWebSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  static created: FakeWebSocket[] = []
  static onCreate: () => void = () => {}
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  readyState = 0
  binaryType = 'arraybuffer'
  onopen: (() => void) | null = null
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null
  onclose: ((event: { code: number; reason: string }) => void) | null = null
  onerror: (() => void) | null = null
  onClientFrame: (frame: Uint8Array) => void = () => {}

  constructor(readonly url: string) {
    FakeWebSocket.created.push(this)
    FakeWebSocket.onCreate()
  }

  send(data: Uint8Array): void {
    const frame = new Uint8Array(data)
    queueMicrotask(() => this.onClientFrame(frame))
  }

  close(): void {
    this.readyState = 3
  }

  accept(): void {
    this.readyState = 1
    queueMicrotask(() => this.onopen?.())
  }

  deliver(frame: Uint8Array): void {
    const data = frame.slice().buffer
    queueMicrotask(() => {
      if (this.readyState === 1) this.onmessage?.({ data })
    })
  }

  serverClose(code: number): void {
    this.readyState = 3
    queueMicrotask(() => this.onclose?.({ code, reason: '' }))
  }
}
