import { afterEach, describe, expect, it, vi } from 'vitest'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  createDocumentId,
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  META_KEYS,
  SCHEMA_VERSION,
  type DocumentId,
} from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { readStoredDocument } from '../storage/readStoredDocument'
import { editStoredDocument } from './editStoredDocument'
import { FakeRelay, FakeWebSocket } from './fakeRelay.test-fixture'
import { findBlockElement } from './findBlockElement'
import { HeadlessEditError } from './HeadlessEditError'
import { setActivityStatus } from './setActivityStatus'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
  FakeWebSocket.created = []
  FakeWebSocket.onCreate = () => {}
  vi.restoreAllMocks()
})

const activity = (id: string, text: string, status: string): JSONContent => ({
  type: 'activity',
  attrs: { id, status, responsible: 'Utvecklingsledare' },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/** An action plan with two activities, one in an improvement area and one in the ongoing work. */
function planDoc(): Y.Doc {
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'actionPlan', title: 'Handlingsplan Äldre 2026' })
  appendJsonToFragment(getBody(doc), [
    {
      type: 'groupPlan',
      attrs: { id: 'plan', group: 'Äldre', periodFrom: '2026', periodTo: '2026' },
      content: [
        { type: 'blockTitle', content: [{ type: 'text', text: 'Äldre' }] },
        {
          type: 'improvementArea',
          attrs: { id: 'area' },
          content: [{ type: 'blockTitle' }, activity('a-rutin', 'Ta fram en rutin', 'planned')],
        },
        {
          type: 'ongoingWork',
          content: [
            {
              type: 'ongoingWorkArea',
              attrs: { id: 'ow', area: 'Lokal samverkan' },
              content: [activity('a-lokal', 'Stödja lokala nätverk', 'ongoing')],
            },
          ],
        },
      ],
    },
  ])
  return doc
}

async function storedPlan(): Promise<{ db: LocalDatabase; documentId: DocumentId }> {
  const db = new LocalDatabase(`status-${createDocumentId()}`)
  databases.push(db)
  const documentId = createDocumentId()
  await db.updates.add({ documentId, update: Y.encodeStateAsUpdate(planDoc()) })
  return { db, documentId }
}

/** The document as a fresh load from the device would see it. */
async function reload(db: LocalDatabase, documentId: DocumentId): Promise<Y.Doc> {
  const stored = await readStoredDocument(db, documentId)
  const doc = new Y.Doc()
  if (stored.update !== null) Y.applyUpdate(doc, stored.update)
  return doc
}

const statusOf = (doc: Y.Doc, id: string) => findBlockElement(getBody(doc), 'activity', id)?.getAttribute('status')

const options = { serverUrl: 'ws://relay.test/sync', WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket }

describe('changing an activity’s status without an editor', () => {
  it('offline, changes the right activity in the plan, stored on the device as an unsynced edit', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { db, documentId } = await storedPlan()

    const result = await editStoredDocument(db, documentId, (doc) => setActivityStatus(doc, 'a-lokal', 'done'), options)

    expect(result).toBe('storedOnDevice')
    const reloaded = await reload(db, documentId)
    expect(statusOf(reloaded, 'a-lokal')).toBe('done')
    expect(statusOf(reloaded, 'a-rutin')).toBe('planned')
    // Recorded as this device's change for the relay, so the background sync sends it later.
    expect(Object.keys((await db.syncStates.get(documentId))?.pendingWriters ?? {})).toHaveLength(1)
    expect(FakeWebSocket.created).toEqual([])
  })

  it('online, waits until the relay has stored the change', async () => {
    const { db, documentId } = await storedPlan()
    const relay = new FakeRelay()
    FakeWebSocket.onCreate = () => queueMicrotask(() => relay.attach(FakeWebSocket.created.at(-1)!))

    const result = await editStoredDocument(
      db,
      documentId,
      (doc) => setActivityStatus(doc, 'a-rutin', 'ongoing'),
      options,
    )

    expect(result).toBe('synced')
    expect(statusOf(relay.doc, 'a-rutin')).toBe('ongoing')
    expect(statusOf(relay.doc, 'a-lokal')).toBe('ongoing')
    expect(statusOf(await reload(db, documentId), 'a-rutin')).toBe('ongoing')
    expect(FakeWebSocket.created[0]?.url).toContain(`schema=${SCHEMA_VERSION}`)
  })

  it('says so when the activity is not in the plan, and changes nothing', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { db, documentId } = await storedPlan()
    const before = await db.updates.count()
    await expect(
      editStoredDocument(db, documentId, (doc) => setActivityStatus(doc, 'finns-inte', 'done'), options),
    ).rejects.toEqual(new HeadlessEditError('blockNotFound'))
    expect(await db.updates.count()).toBe(before)
  })

  it('refuses a plan that is not on the device while offline, and one written by a newer version', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { db, documentId } = await storedPlan()
    await expect(
      editStoredDocument(db, createDocumentId(), (doc) => setActivityStatus(doc, 'a-rutin', 'done'), options),
    ).rejects.toMatchObject({ reason: 'notOnDevice' })

    // A newer version of the app edited the plan on another device; its change arrived here.
    const newer = await reload(db, documentId)
    const before = Y.encodeStateVector(newer)
    getMetaMap(newer).set(META_KEYS.schemaVersion, 99)
    await db.updates.add({ documentId, update: Y.encodeStateAsUpdate(newer, before) })
    await expect(
      editStoredDocument(db, documentId, (doc) => setActivityStatus(doc, 'a-rutin', 'done'), options),
    ).rejects.toMatchObject({ reason: 'tooNew' })
  })
})
