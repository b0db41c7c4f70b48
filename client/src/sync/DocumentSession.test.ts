import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  CloseCode,
  createDocumentId,
  documentSchemaVersion,
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  META_KEYS,
  SCHEMA_VERSION,
  type DocumentId,
  type LockState,
} from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { DocumentSession } from './DocumentSession'
import { MAX_OVERSIZED_CLOSES, RoomSession, type SessionActivity } from './RoomSession'
import { FakeRelay, FakeWebSocket } from './fakeRelay.test-fixture'

const databases: LocalDatabase[] = []
const sessions: DocumentSession[] = []

function openSession(db: LocalDatabase, documentId: DocumentId, migrate = false, background = false): DocumentSession {
  const session = new DocumentSession(db, documentId, {
    serverUrl: 'ws://relay.test/sync',
    WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
    migrate,
    background,
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

  it('does not connect before the device’s copy is read, and says why while reading fails', async () => {
    const db = newDatabase()
    const documentId = createDocumentId()
    await storeOfflineEdit(db, documentId, 'skrivet offline')
    const relay = new FakeRelay()
    const closed = new DOMException('The database connection is closing.', 'InvalidStateError')
    const read = vi.spyOn(db, 'transaction').mockRejectedValueOnce(closed)

    const session = openSession(db, documentId)
    const started = session.start()
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toMatchObject({
        phase: 'loading',
        storageError: closed,
        storageFailure: 'load',
        status: { kind: 'error', errorReason: 'storage' },
      }),
    )
    expect(FakeWebSocket.created).toEqual([])

    read.mockRestore()
    session.retry()
    await started
    expect(session.getSnapshot()).toMatchObject({ phase: 'ready', storageError: null, storageFailure: null })
    expect(session.doc.getText('notes').toString()).toBe('skrivet offline')
    // The older edit counts as unsynced until the relay acknowledged it.
    expect(session.getSnapshot().status).toMatchObject({ kind: 'syncing', pendingChanges: true })
    relay.attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
    expect(relay.doc.getText('notes').toString()).toBe('skrivet offline')
  })

  it('stops resending a state the relay closes as too large (1009), says so, and tries again on retry', async () => {
    const db = newDatabase()
    const documentId = createDocumentId()
    const relay = new FakeRelay()
    relay.closeEveryConnectionWith = CloseCode.messageTooBig
    FakeWebSocket.onCreate = () => queueMicrotask(() => relay.attach(latestSocket()))
    const session = openSession(db, documentId)
    await session.start()
    session.doc.getText('notes').insert(0, 'en mycket stor inklistring')

    await vi.waitFor(
      () =>
        expect(session.getSnapshot().status).toMatchObject({
          kind: 'error',
          errorReason: 'tooLarge',
          closeCode: CloseCode.messageTooBig,
        }),
      { timeout: 5_000 },
    )
    expect(FakeWebSocket.created).toHaveLength(MAX_OVERSIZED_CLOSES)
    // It stays stopped: the provider does not reconnect by itself.
    expect(session.getSnapshot().provider?.shouldConnect).toBe(false)

    relay.closeEveryConnectionWith = null
    session.retry()
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
    expect(relay.doc.getText('notes').toString()).toBe('en mycket stor inklistring')
  })

  it('tells the background sync when it synced and when it closed before its changes were acknowledged', async () => {
    const db = newDatabase()
    const relay = new FakeRelay()
    const heard: SessionActivity[] = []
    const stop = RoomSession.onActivity((activity) => heard.push(activity))
    try {
      const documentId = createDocumentId()
      const session = openSession(db, documentId)
      await session.start()
      relay.attach(latestSocket())
      await vi.waitFor(() => expect(heard).toEqual([{ type: 'synced', key: documentId }]))

      // Left right after typing: the acknowledgement can no longer settle anything here.
      session.doc.getText('notes').insert(0, 'sista ordet')
      session.destroy()
      expect(RoomSession.isOpen(documentId)).toBe(false)
      expect(heard.at(-1)).toEqual({ type: 'closedUnsynced', key: documentId })

      // The background sync's own sessions say nothing (they would only start it again).
      const background = openSession(db, documentId, false, true)
      await background.start()
      relay.attach(latestSocket())
      await vi.waitFor(() => expect(background.getSnapshot().status.kind).toBe('synced'))
      background.doc.getText('notes').insert(0, 'x')
      background.destroy()
      expect(heard).toHaveLength(2)
    } finally {
      stop()
    }
  })

  describe('schema versions', () => {
    /** Stores a protocol written by a client of `version`, optionally approved (locked). */
    async function storeWrittenBy(db: LocalDatabase, documentId: DocumentId, version: number, lock?: LockState) {
      const doc = new Y.Doc()
      initializeDocumentMeta(doc, { type: 'protocol', title: 'Protokoll LGL 2024-05-31' })
      getMetaMap(doc).set(META_KEYS.schemaVersion, version)
      if (lock) getMetaMap(doc).set(META_KEYS.lock, lock)
      appendJsonToFragment(getBody(doc), [
        { type: 'paragraph', content: [{ type: 'text', text: 'Gammalt protokoll' }] },
      ])
      await db.updates.add({ documentId, update: Y.encodeStateAsUpdate(doc) })
    }

    it('declares its schema version to the relay and treats a 4426 refusal as a document too new for it', async () => {
      const db = newDatabase()
      const documentId = createDocumentId()
      const relay = new FakeRelay()
      const session = openSession(db, documentId)
      await session.start()
      expect(new URL(latestSocket().url).searchParams.get('schema')).toBe(String(SCHEMA_VERSION))
      let heard: string | null = null
      session.onSchemaConflict((reason) => (heard = reason))
      relay.refuseNextWith = CloseCode.clientTooOld
      relay.attach(latestSocket())
      await vi.waitFor(() => expect(session.getSnapshot().schemaConflict).toBe('refused'))
      expect(heard).toBe('refused')
    })

    it('migrates an older draft before an editor binds to it, as a change for the relay', async () => {
      const db = newDatabase()
      const documentId = createDocumentId()
      await storeWrittenBy(db, documentId, 1)
      const session = openSession(db, documentId, true)
      await session.start()
      expect(documentSchemaVersion(session.doc)).toBe(SCHEMA_VERSION)
      expect(session.getSnapshot().schemaConflict).toBeNull()
      await session.flush()
      expect(Object.keys((await db.syncStates.get(documentId))?.pendingWriters ?? {})).toHaveLength(1)
    })

    it('never migrates an approved document, nor one opened without an editor', async () => {
      const db = newDatabase()
      const approved = createDocumentId()
      const headless = createDocumentId()
      await storeWrittenBy(db, approved, 1, { state: 'approved', version: 1 })
      await storeWrittenBy(db, headless, 1)
      const locked = openSession(db, approved, true)
      const background = openSession(db, headless, false)
      await locked.start()
      await background.start()
      expect(documentSchemaVersion(locked.doc)).toBe(1)
      expect(documentSchemaVersion(background.doc)).toBe(1)
      expect(locked.getSnapshot().schemaConflict).toBeNull()
    })

    it('reports a document written by a newer version as soon as it is read', async () => {
      const db = newDatabase()
      const documentId = createDocumentId()
      await storeWrittenBy(db, documentId, SCHEMA_VERSION + 1)
      const session = openSession(db, documentId, true)
      await session.start()
      expect(session.getSnapshot().schemaConflict).toBe('documentVersion')
      expect(documentSchemaVersion(session.doc)).toBe(SCHEMA_VERSION + 1)
    })
  })
})
