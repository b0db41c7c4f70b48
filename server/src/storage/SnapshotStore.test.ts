import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { SnapshotRecord } from './SnapshotStore.js'
import type { Storage } from './Storage.js'

const snapshot = (id: string, takenAt: string, extra: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
  id,
  documentId: 'doc',
  revision: 1,
  takenAt,
  authors: [{ id: 'u1', name: 'Eva Lind' }],
  characters: 42,
  contentHash: `hash-${id}`,
  state: new Uint8Array([1, 2, 3, id.length]),
  ...extra,
})

const summary = ({ state: _state, ...rest }: SnapshotRecord) => rest

describe.each(storageKinds())('%s snapshot store', (_name, create: () => Promise<Storage>) => {
  it('lists a revision’s snapshots newest first, gives one with its state, removes thinned ones', async () => {
    const storage = await create()
    const first = snapshot('s1', '2026-12-01T10:00:00.000Z')
    const second = snapshot('s2', '2026-12-01T11:00:00.000Z', { authors: [] })
    const revised = snapshot('s3', '2026-12-02T09:00:00.000Z', { revision: 2 })
    const other = snapshot('s4', '2026-12-03T09:00:00.000Z', { documentId: 'other' })
    for (const s of [first, second, revised, other]) await storage.snapshots.record(s)

    expect(await storage.snapshots.list('doc', 1)).toEqual([summary(second), summary(first)])
    expect(await storage.snapshots.list('doc', 2)).toEqual([summary(revised)])
    expect(await storage.snapshots.latest('doc')).toEqual(summary(revised))
    expect(await storage.snapshots.latest('nothing')).toBeNull()
    expect(await storage.snapshots.get('doc', 's1')).toEqual(first)
    // Another document's snapshot is not reached through this one.
    expect(await storage.snapshots.get('doc', 's4')).toBeNull()

    await storage.snapshots.remove('doc', ['s1', 's4'])
    expect(await storage.snapshots.list('doc', 1)).toEqual([summary(second)])
    expect(await storage.snapshots.get('other', 's4')).toEqual(other)
    await storage.close()
  })
})
