import fs from 'node:fs'
import path from 'node:path'
import { readDocumentMeta } from '@samskriv/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectClient, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await server.close()
})

async function api(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await server.server.app.inject({
    method: method as 'GET',
    url,
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  })
  return { status: response.statusCode, body: response.json<Record<string, unknown>>(), headers: response.headers }
}

describe('documents API', () => {
  it('creates, lists, reads, renames, trashes and restores a document', async () => {
    server = await startTestServer()
    const created = await api('POST', '/api/documents', { title: ' Protokoll LGL 2026-11-20 ', type: 'protocol' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ title: 'Protokoll LGL 2026-11-20', type: 'protocol', deletedAt: null })
    const id = created.body.id as string

    expect((await api('GET', '/api/documents')).body.documents).toEqual([created.body])
    expect((await api('GET', `/api/documents/${id}`)).body).toEqual(created.body)

    const renamed = await api('PATCH', `/api/documents/${id}`, { title: 'Protokoll LGL 20 november' })
    expect(renamed.status).toBe(200)
    expect(renamed.body.title).toBe('Protokoll LGL 20 november')

    const trashed = await api('DELETE', `/api/documents/${id}`)
    expect(trashed.body.deletedAt).toEqual(expect.any(String))
    expect((await api('GET', '/api/documents')).body.documents).toEqual([])
    expect((await api('GET', '/api/documents?trashed=true')).body.documents).toEqual([trashed.body])

    const restored = await api('POST', `/api/documents/${id}/restore`)
    expect(restored.body.deletedAt).toBeNull()
    expect((await api('GET', '/api/documents')).body.documents).toHaveLength(1)
  })

  it('creates a document without the relay mistaking its own writes for another client using its id', async () => {
    server = await startTestServer()
    // Yjs prints this (and gives the document a new client id) when a transaction it counts as
    // remote changed the document's own client: its metadata and the template in one transaction.
    const printed = vi.spyOn(console, 'log')
    try {
      const { body } = await api('POST', '/api/documents', { title: 'Protokoll LGL', type: 'protocol' })
      const client = connectClient(server.syncUrl, body.id as string)
      clients.push(client)
      await waitFor(() => readDocumentMeta(client.doc)?.title === 'Protokoll LGL', 'metadata synced')
      const warnings = printed.mock.calls.filter((args) =>
        args.some((a) => String(a).includes('Changed the client-id')),
      )
      expect(warnings).toEqual([])
    } finally {
      printed.mockRestore()
    }
  })

  it('writes the metadata into the document, and a rename reaches open editors', async () => {
    server = await startTestServer()
    const { body } = await api('POST', '/api/documents', { title: 'Handlingsplan Äldre', type: 'actionPlan' })
    const client = connectClient(server.syncUrl, body.id as string)
    clients.push(client)
    await waitFor(() => readDocumentMeta(client.doc)?.title === 'Handlingsplan Äldre', 'metadata synced')
    expect(readDocumentMeta(client.doc)).toMatchObject({ type: 'actionPlan', lock: { state: 'draft' } })
    await api('PATCH', `/api/documents/${String(body.id)}`, { title: 'Handlingsplan Äldre 2026' })
    await waitFor(() => readDocumentMeta(client.doc)?.title === 'Handlingsplan Äldre 2026', 'rename synced')
  })

  it('accepts a client-chosen id once and answers the same document again', async () => {
    server = await startTestServer()
    const first = await api('POST', '/api/documents', { id: 'offline-made-1', title: 'Anvisning', type: 'guidance' })
    expect(first.status).toBe(201)
    const again = await api('POST', '/api/documents', { id: 'offline-made-1', title: 'Anvisning', type: 'guidance' })
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    const otherType = await api('POST', '/api/documents', { id: 'offline-made-1', title: 'x', type: 'protocol' })
    expect(otherType.status).toBe(409)
  })

  it('registers a document that was created offline and arrived by sync', async () => {
    server = await startTestServer()
    const client = connectClient(server.syncUrl, 'made-offline')
    clients.push(client)
    const { initializeDocumentMeta } = await import('@samskriv/shared')
    initializeDocumentMeta(client.doc, { type: 'protocol', title: 'Skrivet på tåget' })
    await client.flush()
    await waitFor(async () => {
      const list = (await api('GET', '/api/documents')).body.documents as Array<{ id: string; title: string }>
      return list.some((d) => d.id === 'made-offline' && d.title === 'Skrivet på tåget')
    }, 'document registered from sync')
  })

  it.each([
    ['malformed JSON', '{"title":', 'invalid_json'],
    ['an empty object', {}, 'invalid_request'],
    ['an unknown field', { title: 'x', type: 'protocol', owner: 'me' }, 'invalid_request'],
    ['a wrong type', { title: 42, type: 'protocol' }, 'invalid_request'],
    ['an unknown document type', { title: 'x', type: 'novel' }, 'invalid_request'],
    ['an empty title', { title: '   ', type: 'protocol' }, 'invalid_request'],
    ['a too long title', { title: 'x'.repeat(201), type: 'protocol' }, 'invalid_request'],
    ['an invalid id', { id: '../etc', title: 'x', type: 'protocol' }, 'invalid_request'],
    ['an array', [], 'invalid_request'],
  ])('answers %s with 400 and a JSON error', async (_name, body, code) => {
    server = await startTestServer()
    const response = await api('POST', '/api/documents', body)
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } })
    expect((await api('GET', '/api/documents')).body.documents).toEqual([])
  })

  it('lists which fields are wrong', async () => {
    server = await startTestServer()
    const response = await api('POST', '/api/documents', { title: 42, type: 'novel' })
    const issues = (response.body.error as { issues: Array<{ path: string }> }).issues
    expect(issues.map((i) => i.path).sort()).toEqual(['title', 'type'])
  })

  it('answers a wrong content type with 415 and a huge body with 413', async () => {
    server = await startTestServer()
    const text = await api('POST', '/api/documents', 'title=x', { 'content-type': 'text/plain' })
    expect(text.status).toBe(415)
    expect(text.body).toMatchObject({ error: { code: 'unsupported_media_type' } })
    const huge = await api('POST', '/api/documents', { title: 'x'.repeat(200_000), type: 'protocol' })
    expect(huge.status).toBe(413)
    expect(huge.body).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('answers unknown ids with 404 and invalid ids with 400', async () => {
    server = await startTestServer()
    expect((await api('GET', '/api/documents/unknown-id')).status).toBe(404)
    expect((await api('PATCH', '/api/documents/unknown-id', { title: 'x' })).status).toBe(404)
    expect((await api('DELETE', '/api/documents/a.b')).status).toBe(400)
    expect((await api('GET', '/api/nothing-here')).body).toMatchObject({ error: { code: 'not_found' } })
  })

  it('reports health', async () => {
    server = await startTestServer()
    const health = await api('GET', '/healthz')
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')
  })
})

describe('serving the client', () => {
  it('never lets HTTP caches keep the shell, caches hashed assets for a year, and falls back to index.html', async () => {
    const clientDir = fs.mkdtempSync(path.join(process.cwd(), '.tmp-client-'))
    try {
      fs.mkdirSync(path.join(clientDir, 'assets'))
      fs.writeFileSync(
        path.join(clientDir, 'index.html'),
        '<!doctype html><link rel="manifest" href="/manifest.webmanifest">',
      )
      fs.writeFileSync(path.join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
      fs.writeFileSync(path.join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)')
      server = await startTestServer({ clientDir })
      const get = (url: string) => server.server.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })

      expect((await get('/')).headers['cache-control']).toBe('no-cache')
      expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache')
      expect((await get('/assets/index-abc123.js')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      )
      const deepLink = await get('/dokument/abc')
      expect(deepLink.statusCode).toBe(200)
      expect(deepLink.body).toContain('rel="manifest"')
      expect(deepLink.headers['content-security-policy']).toContain("default-src 'self'")
      expect((await get('/api/unknown')).statusCode).toBe(404)
    } finally {
      fs.rmSync(clientDir, { recursive: true, force: true })
    }
  })
})
