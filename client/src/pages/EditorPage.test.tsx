import { act } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  CloseCode,
  createDocumentId,
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  META_KEYS,
  SCHEMA_VERSION,
  type DocumentId,
} from '@samskriv/shared'
import type { AppServices } from '../services/AppServices'
import { AppServicesContext } from '../services/AppServicesContext'
import { createAppServices } from '../app/createAppServices'
import { LocalDatabase } from '../storage/LocalDatabase'
import { readStoredDocument } from '../storage/readStoredDocument'
import { FakeRelay, FakeWebSocket } from '../sync/fakeRelay.test-fixture'
import { t } from '../i18n/t'
import { EditorPage } from './EditorPage'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true
// Browsers have it; happy-dom does not.
globalThis.reportError ??= (error: unknown) => console.error(error)

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  FakeWebSocket.created = []
  FakeWebSocket.onCreate = () => {}
})

const offlineFetch = () => Promise.reject(new TypeError('Failed to fetch'))

async function services(): Promise<AppServices> {
  const db = new LocalDatabase(`page-${createDocumentId()}`)
  cleanups.push(() => db.close())
  const app = createAppServices({ db, fetchImpl: offlineFetch })
  await app.settings.set('userProfile', { name: 'Anna Andersson', color: '#1f4e8c' })
  return app
}

/** A protocol stored on the device; `newer` adds what a newer version of the app wrote. */
async function storeProtocol(db: LocalDatabase, newer: boolean): Promise<DocumentId> {
  const id = createDocumentId()
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'protocol', title: 'Protokoll LGL 2026-03-13' })
  const body: JSONContent[] = [{ type: 'paragraph', content: [{ type: 'text', text: 'Mötet öppnades.' }] }]
  if (newer) {
    getMetaMap(doc).set(META_KEYS.schemaVersion, SCHEMA_VERSION + 1)
    body.push({ type: 'votingResult', attrs: { id: 'v1' }, content: [{ type: 'paragraph' }] })
  }
  appendJsonToFragment(getBody(doc), body)
  await db.updates.add({ documentId: id, update: Y.encodeStateAsUpdate(doc) })
  return id
}

function render(app: AppServices, id: DocumentId): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  const root: Root = createRoot(container)
  act(() => {
    root.render(
      <AppServicesContext.Provider value={app}>
        <QueryClientProvider client={app.queryClient}>
          <EditorPage id={id} />
        </QueryClientProvider>
      </AppServicesContext.Provider>,
    )
  })
  cleanups.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return container
}

describe('the editor page', () => {
  it('never binds an editor to a document from a newer version, and leaves it as it was', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const app = await services()
    const id = await storeProtocol(app.db, true)
    const stored = await readStoredDocument(app.db, id)

    const page = render(app, id)

    await vi.waitFor(() => expect(page.querySelector('[data-testid="schema-notice"]')).not.toBeNull())
    expect(page.textContent).toContain(t('schema.title'))
    expect(page.querySelector('[data-testid="editor"]')).toBeNull()
    expect([...page.querySelectorAll('button')].map((b) => b.textContent)).toContain(t('schema.update'))
    expect(page.querySelector('[role="alert"]')).toBeNull()
    const after = await readStoredDocument(app.db, id)
    expect(after.update).toEqual(stored.update)
  })

  it('binds the editor to a current document', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const app = await services()
    const id = await storeProtocol(app.db, false)

    const page = render(app, id)

    await vi.waitFor(() =>
      expect(page.querySelector('[data-testid="editor"]')?.textContent).toContain('Mötet öppnades.'),
    )
    expect(page.querySelector('[data-testid="schema-notice"]')).toBeNull()
  })

  it('asks for an update when the relay refuses this version before anything of the document arrived', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    vi.stubGlobal('WebSocket', FakeWebSocket)
    const relay = new FakeRelay()
    relay.refuseNextWith = CloseCode.clientTooOld
    FakeWebSocket.onCreate = () => queueMicrotask(() => relay.attach(FakeWebSocket.created.at(-1)!))
    const app = await services()

    // Never opened on this device: nothing to read before the relay answers.
    const page = render(app, createDocumentId())

    await vi.waitFor(() => expect(page.querySelector('[data-testid="schema-notice"]')).not.toBeNull())
    expect([...page.querySelectorAll('button')].map((b) => b.textContent)).toContain(t('schema.update'))
    expect(page.textContent).not.toContain(t('editor.fetching'))
    expect(page.textContent).not.toContain('4426')
  })

  it('says why a document cannot be opened while reading it from the device fails', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const app = await services()
    const id = await storeProtocol(app.db, false)
    const closed = new DOMException('The database connection is closing.', 'InvalidStateError')
    vi.spyOn(app.db, 'transaction').mockRejectedValue(closed)

    const page = render(app, id)

    const expected = t('editor.loadError', { reason: t('error.closed') })
    await vi.waitFor(() => expect(page.querySelector('[role="alert"]')?.textContent).toBe(expected))
    expect(page.querySelector('[data-testid="editor"]')).toBeNull()
  })
})
