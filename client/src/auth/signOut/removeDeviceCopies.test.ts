import { afterEach, describe, expect, it } from 'vitest'
import { createDocumentId, type DocumentId } from '@samskriv/shared'
import { annotationStorageKey } from '../../annotations/annotationStorageKey'
import { LocalDatabase, type DocumentRecord } from '../../storage/LocalDatabase'
import { readUnsyncedWork } from './readUnsyncedWork'
import { removeDeviceCopies, UnsyncedWorkError } from './removeDeviceCopies'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

function record(id: DocumentId, title: string, changes: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    title,
    type: 'protocol',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    pendingRegistration: false,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
    ...changes,
  }
}

/** A device with two synced documents (one with stored updates), a sign-in and settings. */
async function device() {
  const db = new LocalDatabase(`sign-out-${createDocumentId()}`)
  databases.push(db)
  const a = createDocumentId()
  const b = createDocumentId()
  await db.documents.bulkPut([record(a, 'Protokoll A'), record(b, 'Plan B')])
  await db.updates.add({ documentId: a, update: new Uint8Array([1, 2, 3]) })
  await db.syncStates.put({ documentId: a, pendingWriters: {}, lastLocalChangeAt: null })
  await db.settings.bulkPut([
    { key: 'lastMe', value: { authRequired: true } },
    { key: 'userProfile', value: { name: 'Bo', color: '#123456' } },
    { key: 'storagePersistence', value: 'persisted' },
  ])
  return { db, a, b }
}

describe('what is unsynced on the device', () => {
  it('names documents with unacknowledged changes or comments and unconfirmed list operations, counts the rest', async () => {
    const { db, a, b } = await device()
    expect(await readUnsyncedWork(db)).toEqual({ documents: [], proposals: 0, followUps: 0 })
    await db.syncStates.put({ documentId: annotationStorageKey(a), pendingWriters: { s1: 2 }, lastLocalChangeAt: null })
    await db.documents.update(b, { pendingTitle: 'Plan B reviderad' })
    await db.pendingFollowUps.add({
      id: 'follow-up-1',
      documentId: b,
      request: { id: 'follow-up-1', activityId: 'x', comment: 'Klart', writtenAt: '2026-01-02T00:00:00.000Z' },
      authorName: 'Bo',
      refusedCode: null,
    })
    expect(await readUnsyncedWork(db)).toEqual({
      documents: ['Plan B reviderad', 'Protokoll A'],
      proposals: 0,
      followUps: 1,
    })
  })
})

describe('removing the copies at sign-out', () => {
  it('removes every copy, the list and who was signed in; keeps whether storage is persisted', async () => {
    const { db } = await device()
    await removeDeviceCopies(db)
    expect(await db.documents.count()).toBe(0)
    expect(await db.updates.count()).toBe(0)
    expect(await db.syncStates.count()).toBe(0)
    expect(await db.settings.toArray()).toEqual([{ key: 'storagePersistence', value: 'persisted' }])
  })

  it('removes nothing at all while anything is unsynced', async () => {
    const { db, a } = await device()
    await db.syncStates.put({ documentId: a, pendingWriters: { s1: 1 }, lastLocalChangeAt: null })
    await expect(removeDeviceCopies(db)).rejects.toBeInstanceOf(UnsyncedWorkError)
    expect(await db.documents.count()).toBe(2)
    expect(await db.updates.count()).toBe(1)
    expect(await db.settings.count()).toBe(3)

    await db.syncStates.put({ documentId: a, pendingWriters: {}, lastLocalChangeAt: null })
    await db.pendingProposals.add({
      documentId: a,
      baseRevision: 1,
      update: new Uint8Array([1]),
      createdAt: '2026-01-01T00:00:00.000Z',
      refusedCode: 'conflict',
    })
    await expect(removeDeviceCopies(db)).rejects.toBeInstanceOf(UnsyncedWorkError)
    expect(await db.documents.count()).toBe(2)
  })
})
