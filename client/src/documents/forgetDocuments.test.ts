import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '@samskriv/shared'
import { annotationStorageKey } from '../annotations/annotationStorageKey'
import { acknowledgedSettingKey } from '../sync/relayHoldingsStore'
import { LocalDatabase } from '../storage/LocalDatabase'
import { forgetDocuments } from './forgetDocuments'

const dbs: LocalDatabase[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('forgetDocuments', () => {
  it('removes a lost document with its comments, and keeps the others', async () => {
    const db = new LocalDatabase(`forget-${Math.random()}`)
    dbs.push(db)
    const lost = 'lost-doc' as DocumentId
    const kept = 'kept-doc' as DocumentId
    for (const key of [lost, annotationStorageKey(lost), kept, annotationStorageKey(kept)]) {
      await db.updates.add({ documentId: key, update: new Uint8Array([1]) })
      await db.syncStates.put({ documentId: key, pendingWriters: { w: 1 }, lastLocalChangeAt: null })
      await db.settings.put({ key: acknowledgedSettingKey(key), value: { 1: 2 } })
    }
    await forgetDocuments(db, [{ id: lost, title: 'Borta' }])
    const keys = (await db.updates.toArray()).map((row) => row.documentId).sort()
    expect(keys).toEqual([kept, annotationStorageKey(kept)].sort())
    expect((await db.syncStates.toArray()).map((s) => s.documentId).sort()).toEqual(keys)
    expect(await db.settings.get(acknowledgedSettingKey(annotationStorageKey(lost)))).toBeUndefined()
    expect(await db.settings.get(acknowledgedSettingKey(annotationStorageKey(kept)))).toBeDefined()
    expect((await db.settings.get('accessLost'))?.value).toEqual(['Borta'])
  })
})
