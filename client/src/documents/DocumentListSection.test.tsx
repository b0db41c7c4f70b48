import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDocumentId } from '@samskriv/shared'
import type { AppServices } from '../services/AppServices'
import { AppServicesContext } from '../services/AppServicesContext'
import { createAppServices } from '../app/createAppServices'
import { t } from '../i18n/t'
import { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentListSection } from './DocumentListSection'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.restoreAllMocks()
})

function renderList(fetchImpl: (url: string) => Promise<Response>): HTMLElement {
  const db = new LocalDatabase(`list-${createDocumentId()}`)
  const app: AppServices = createAppServices({ db, fetchImpl })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  act(() =>
    root.render(
      <AppServicesContext.Provider value={app}>
        <DocumentListSection
          view="live"
          heading={t('list.tableHeading')}
          emptyText={t('list.empty')}
          emptyOnDeviceText={t('list.emptyOnDevice')}
        />
      </AppServicesContext.Provider>,
    ),
  )
  cleanups.push(
    () => db.close(),
    () => container.remove(),
    () => act(() => root.unmount()),
  )
  return container
}

describe('DocumentListSection', () => {
  it('says the device has no documents while the server does not answer, and asks it again', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    let serverUp = false
    const fetchImpl = vi.fn((_url: string) =>
      serverUp
        ? Promise.resolve(new Response(JSON.stringify({ documents: [] }), { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch')),
    )
    const list = renderList(fetchImpl)
    await vi.waitFor(() => expect(list.textContent).toContain(t('list.emptyOnDevice')))
    expect(list.textContent).toContain(t('list.serverUnavailable'))
    expect(list.textContent).not.toContain(t('list.empty'))

    // The server is back; coming back to the tab asks again at once (a timer does so too, but
    // not before 2 s). Effects run after the text shows, so let React finish before focusing.
    await act(async () => {
      await Promise.resolve()
    })
    serverUp = true
    const asked = fetchImpl.mock.calls.length
    act(() => {
      window.dispatchEvent(new Event('focus'))
    })
    await vi.waitFor(() => expect(fetchImpl.mock.calls.length).toBeGreaterThan(asked), { timeout: 1500 })
    await vi.waitFor(() => expect(list.textContent).toContain(t('list.empty')), { timeout: 5000 })
    expect(list.textContent).not.toContain(t('list.serverUnavailable'))
  })

  it('says so for the device alone while offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const list = renderList(() => Promise.reject(new TypeError('Failed to fetch')))
    await vi.waitFor(() => expect(list.textContent).toContain(t('list.emptyOnDevice')))
    expect(list.textContent).toContain(t('list.offlineNote'))
  })
})
