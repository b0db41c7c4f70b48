import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { CloseCode, createDocumentId, encodeDurabilityMessage, MessageType, type DocumentId } from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { DocumentSession } from './DocumentSession'

/** A relay in memory: y-protocols sync against its own doc, durability answered at once. */
class FakeRelay {
  readonly doc = new Y.Doc()
  readonly durabilityRequests: number[] = []
  refuseNextWith: number | null = null

  attach(socket: FakeWebSocket): void {
    socket.onClientFrame = (frame) => {
      if (this.refuseNextWith !== null) {
        socket.serverClose(this.refuseNextWith)
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
class FakeWebSocket {
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

const databases: LocalDatabase[] = []
const sessions: DocumentSession[] = []

function openSession(db: LocalDatabase, documentId: DocumentId): DocumentSession {
  const session = new DocumentSession(db, documentId, {
    serverUrl: 'ws://relay.test/sync',
    WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
  })
  sessions.push(session)
  return session
}

/** Stores an edit the way an offline session would, leaving the unsynced flag behind. */
async function storeOfflineEdit(db: LocalDatabase, documentId: DocumentId, text: string): Promise<void> {
  const doc = new Y.Doc()
  const persistence = new YDexiePersistence(db, documentId, doc, { isLocalChange: () => true })
  await persistence.whenLoaded
  doc.getText('notes').insert(0, text)
  await persistence.flush()
  persistence.destroy()
}

function latestSocket(): FakeWebSocket {
  const socket = FakeWebSocket.created.at(-1)
  if (socket === undefined) throw new Error('no socket was opened')
  return socket
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy()
  for (const db of databases.splice(0)) db.close()
  FakeWebSocket.created = []
  FakeWebSocket.onCreate = () => {}
})

function newDatabase(): LocalDatabase {
  const db = new LocalDatabase(`session-${createDocumentId()}`)
  databases.push(db)
  return db
}

describe('DocumentSession', () => {
  it('connects only after loading, uploads offline edits and is synced once the relay acknowledged them', async () => {
    const db = newDatabase()
    const documentId = createDocumentId()
    await storeOfflineEdit(db, documentId, 'skrivet offline')
    const relay = new FakeRelay()

    const session = openSession(db, documentId)
    let textWhenConnecting: string | null = null
    FakeWebSocket.onCreate = () => (textWhenConnecting = session.doc.getText('notes').toString())
    await session.start()
    expect(textWhenConnecting).toBe('skrivet offline')
    expect(session.getSnapshot().status.kind).toBe('syncing')
    relay.attach(latestSocket())

    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
    expect(relay.doc.getText('notes').toString()).toBe('skrivet offline')
    expect(relay.durabilityRequests.length).toBeGreaterThan(0)
    await session.flush()
    expect(Object.keys((await db.syncStates.get(documentId))?.pendingWriters ?? {})).toEqual([])
  })

  it('shows saved-locally offline and syncs the edit when the network returns', async () => {
    const db = newDatabase()
    const documentId = createDocumentId()
    const relay = new FakeRelay()
    const session = openSession(db, documentId)
    await session.start()
    relay.attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))

    window.dispatchEvent(new Event('offline'))
    expect(session.getSnapshot().status.kind).toBe('offline')
    session.doc.getText('notes').insert(0, 'utan nät')
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('saved-locally'))
    expect(relay.doc.getText('notes').toString()).toBe('')

    window.dispatchEvent(new Event('online'))
    relay.attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
    expect(relay.doc.getText('notes').toString()).toBe('utan nät')
  })

  it('reports a refusal as an error and reconnects on retry', async () => {
    const db = newDatabase()
    const documentId = createDocumentId()
    const relay = new FakeRelay()
    const session = openSession(db, documentId)
    await session.start()
    relay.refuseNextWith = CloseCode.malformedMessage
    relay.attach(latestSocket())
    await vi.waitFor(() =>
      expect(session.getSnapshot().status).toMatchObject({ kind: 'error', errorReason: 'refused', closeCode: 4400 }),
    )

    const refusedSocket = latestSocket()
    session.retry()
    expect(latestSocket()).not.toBe(refusedSocket)
    relay.attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
  })
})
