import { getMetaMap } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { storedBytes, tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'
import { writeParagraph } from './writeParagraph.js'

let server: TestServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  await server.close()
})

const write = writeParagraph

describe('a document locked by another process', () => {
  it('refuses a write whose commit finds the document approved, before this relay heard of it', async () => {
    server = await startTestServer()
    const created = await fetch(`${server.httpUrl}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Handlingsplan', type: 'actionPlan' }),
    })
    const id = ((await created.json()) as { id: string }).id
    const editor = tokenClient(server.syncUrl, id, null)
    cleanups.push(editor.close)
    await waitFor(() => editor.provider.synced, 'editor synced')
    const initial = storedBytes((await server.storage.updates.load(id)).updates)
    write(editor.doc, 'före')
    await waitFor(async () => storedBytes((await server.storage.updates.load(id)).updates) !== initial, 'stored')

    // Another process approved it: storage says so, this relay's room does not know yet.
    await server.storage.catalog.update(id, { status: 'approved', approvedVersion: 1 })
    const before = storedBytes((await server.storage.updates.load(id)).updates)
    write(editor.doc, 'efter godkännandet')
    await waitFor(() => editor.denied.length > 0, 'the write refused')
    await waitFor(
      () => editor.notices.some((n) => n.refused && n.lock.state === 'approved'),
      'the client told of the lock',
    )
    expect(storedBytes((await server.storage.updates.load(id)).updates)).toBe(before)
    // The server's own changes still go through (here: the lock written into the metadata).
    await server.server.relay.edit({ documentId: id as never, kind: 'content' }, (doc) =>
      getMetaMap(doc).set('lock', { state: 'approved', version: 1 }),
    )
    await waitFor(() => JSON.stringify(getMetaMap(editor.doc).get('lock')).includes('approved'), 'metadata relayed')
  })
})
