import { getMetaMap, META_KEYS, readDocumentMeta, SCHEMA_VERSION, type LockState } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { storedBytes } from './relayClient.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>>
afterEach(async () => {
  await fixture.close()
})

const stored = async (room: string) => storedBytes((await fixture.server.storage.updates.load(room)).updates)

/** The document's metadata as the relay holds it (read in its queue). */
const relayMeta = (id: string) =>
  fixture.server.server.relay.read({ documentId: id as never, kind: 'content' }, (doc) => getMetaMap(doc).toJSON())

/** An update that sets meta keys, made against the client's copy. */
function metaUpdate(doc: Y.Doc, change: Record<string, unknown>): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(copy)
  copy.transact(() => {
    for (const [key, value] of Object.entries(change)) getMetaMap(copy).set(key, value)
  })
  const update = Y.encodeStateAsUpdate(copy, before)
  copy.destroy()
  return update
}

const ATTACKS: Array<[string, Record<string, unknown>]> = [
  ['a lock on a draft', { [META_KEYS.lock]: { state: 'approved', version: 7 } satisfies LockState }],
  ['another type', { [META_KEYS.type]: 'protocol' }],
  ['a future schema', { [META_KEYS.schemaVersion]: SCHEMA_VERSION + 1 }],
  ['another revision', { [META_KEYS.revision]: 9 }],
  ['an invalid title', { [META_KEYS.title]: 'x'.repeat(5000) }],
  ['a key of its own', { owner: 'Eva' }],
]

describe('server-owned document metadata', () => {
  it.each(ATTACKS)(
    'refuses an editor’s raw client that writes %s; stored state and catalog unchanged',
    async (_what, change) => {
      fixture = await teamWithPlan()
      const { plan, server } = fixture
      const eva = await fixture.connect('Eva')
      await waitFor(() => eva.provider.synced, 'editor synced')
      const before = await stored(plan)
      const metaBefore = await relayMeta(plan)
      for (const [key, value] of Object.entries(change)) getMetaMap(eva.doc).set(key, value)
      await waitFor(() => eva.denied.length > 0, 'refused')
      expect(eva.notices.at(-1)).toMatchObject({ refused: true })
      expect(await stored(plan)).toBe(before)
      expect(await relayMeta(plan)).toEqual(metaBefore)
      const kim = await fixture.connect('Kim')
      await waitFor(() => kim.provider.synced, 'another client joins')
      expect(readDocumentMeta(kim.doc)).toMatchObject({ type: 'actionPlan', lock: { state: 'draft' }, revision: 1 })
      expect((await server.storage.catalog.get(plan))?.type).toBe('actionPlan')
    },
  )

  it('lets an editor rename and a newer client raise the schema to the server’s, nothing more', async () => {
    fixture = await teamWithPlan()
    const eva = await fixture.connect('Eva')
    await waitFor(() => eva.provider.synced, 'editor synced')
    getMetaMap(eva.doc).set(META_KEYS.title, 'Nytt namn')
    await waitFor(async () => (await relayMeta(fixture.plan)).title === 'Nytt namn', 'renamed')
    expect(eva.denied).toEqual([])
  })

  it('refuses a proposal that hides a lock or type change, when sent and when a coordinator applies one', async () => {
    fixture = await teamWithPlan()
    const { plan, server, members } = fixture
    const eva = await fixture.connect('Eva')
    await waitFor(() => eva.provider.synced, 'editor synced')
    const update = metaUpdate(eva.doc, { [META_KEYS.type]: 'protocol', [META_KEYS.lock]: { state: 'draft' } })
    const sent = await members.Eva!.api('POST', `/api/documents/${plan}/proposals`, {
      baseRevision: 1,
      update: Buffer.from(update).toString('base64'),
      summary: 'Bara text',
    })
    expect(sent.status).toBe(400)
    expect(await server.storage.approvals.listProposals(plan)).toEqual([])

    // One stored before this check existed: the coordinator's apply refuses it as well.
    const before = await stored(plan)
    await server.storage.approvals.createProposal(
      {
        id: 'smuggled',
        documentId: plan,
        baseRevision: 1,
        data: metaUpdate(eva.doc, { [META_KEYS.lock]: { state: 'approved', version: 7 } }),
        author: { id: members.Eva!.id, name: 'Eva' },
        createdAt: new Date().toISOString(),
        summary: '',
        preview: '',
        status: 'open',
      },
      { perDocument: 100, perAuthor: 100 },
    )
    const applied = await members.Kim!.api('POST', `/api/documents/${plan}/proposals/smuggled/apply`)
    expect(applied.status).toBe(400)
    expect(await stored(plan)).toBe(before)
    expect((await relayMeta(plan)).lock).toEqual({ state: 'draft' })
  })

  it('never changes a document’s type in the catalog, whatever its content says', async () => {
    fixture = await teamWithPlan({ openMode: false })
    const { server, plan } = fixture
    // Even a change that reached the document (here written by the server itself) is not copied.
    await server.server.relay.edit({ documentId: plan as never, kind: 'content' }, (doc) =>
      getMetaMap(doc).set(META_KEYS.type, 'protocol'),
    )
    await server.server.relay.edit({ documentId: plan as never, kind: 'content' }, (doc) =>
      getMetaMap(doc).set(META_KEYS.title, 'Senare'),
    )
    await waitFor(async () => (await server.storage.catalog.get(plan))?.title === 'Senare', 'catalog follows the title')
    expect((await server.storage.catalog.get(plan))?.type).toBe('actionPlan')
  })
})
