import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createDocument,
  documentText,
  editor,
  enterName,
  syncStatus,
  typeAtEnd,
  waitForSyncStatus,
} from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { launchBrowser, openApp } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startAppServer({ openMode: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function user(name: string): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl)
  contexts.push(context)
  await enterName(page, name)
  return page
}

/** The list's row of the document titled `title`. */
const row = (page: Page, title: string) => page.locator('tbody tr').filter({ hasText: title })

/** The device's cached list entry of a document, read straight from IndexedDB. */
function storedRecord(page: Page, id: string): Promise<{ pendingRegistration: boolean; deletedAt: string | null }> {
  return page.evaluate(
    (documentId) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('samskriv')
        opening.onerror = () => reject(new Error(String(opening.error)))
        opening.onsuccess = () => {
          const db = opening.result
          const request = db.transaction('documents').objectStore('documents').get(documentId)
          request.onsuccess = () => {
            resolve(request.result as { pendingRegistration: boolean; deletedAt: string | null })
            db.close()
          }
          request.onerror = () => reject(new Error(String(request.error)))
        }
      }),
    id,
  )
}

const idOf = (url: string) => url.split('/').pop() ?? ''

describe('syncing through outages and races', () => {
  it('delivers edits and a rename made while the server was down once it is back, without a reload', async () => {
    const anna = await user('Anna Andersson')
    const url = await createDocument(anna, 'Protokoll under avbrott')
    await typeAtEnd(anna, 'Före avbrottet.')
    await waitForSyncStatus(anna, 'synced')

    // The server goes away; the browser stays "online", as on a tablet on the local network.
    await server.stop()
    await typeAtEnd(anna, ' Under avbrottet.')
    await waitForSyncStatus(anna, 'saved-locally')
    await anna.getByRole('link', { name: 'Till dokumentlistan' }).click()
    await anna.getByText('Servern svarar inte.', { exact: false }).waitFor()
    await anna.getByRole('button', { name: 'Byt namn på Protokoll under avbrott' }).click()
    await anna.getByRole('dialog').getByLabel('Ny titel').fill('Protokoll efter avbrott')
    await anna.getByRole('dialog').getByRole('button', { name: 'Spara' }).click()
    await expect.poll(() => row(anna, 'Protokoll efter avbrott').textContent()).toContain('Ej synkat')

    await server.restart()
    await expect
      .poll(() => row(anna, 'Protokoll efter avbrott').textContent(), { timeout: 40_000 })
      .not.toContain('Ej synkat')
    await anna.getByText('Servern svarar inte.', { exact: false }).waitFor({ state: 'detached', timeout: 40_000 })

    // Someone who never had the document gets both from the server.
    const bo = await user('Bo Berg')
    await bo.goto(url)
    await expect.poll(() => documentText(bo)).toContain('Före avbrottet. Under avbrottet.')
    expect(await bo.getByTestId('document-title').inputValue()).toBe('Protokoll efter avbrott')
  })

  it('keeps a document registered meanwhile out of the trash when an older list arrives after the confirmation', async () => {
    const { context, page } = await openApp(browser, server.baseUrl)
    contexts.push(context)
    await enterName(page, 'Cecilia Ek')
    await context.setOffline(true)
    const id = idOf(await createDocument(page, 'Skapad offline'))
    await page.getByRole('link', { name: 'Till dokumentlistan' }).click()
    await row(page, 'Skapad offline').waitFor()

    // The list is fetched before the registration reaches the server, and answered after the
    // registration was confirmed on the device.
    let listFetched = () => {}
    const fetchedList = new Promise<void>((resolve) => (listFetched = resolve))
    await page.route(/\/api\/documents(\?.*)?$/, async (route) => {
      const method = route.request().method()
      if (method === 'POST') {
        await fetchedList
        await route.continue()
        return
      }
      if (method !== 'GET') {
        await route.continue()
        return
      }
      const response = await route.fetch()
      listFetched()
      await expect.poll(async () => (await storedRecord(page, id)).pendingRegistration).toBe(false)
      await route.fulfill({ response })
    })
    await context.setOffline(false)

    await expect.poll(() => row(page, 'Skapad offline').textContent()).not.toContain('Ej synkat')
    await page.getByRole('link', { name: 'Dokument', exact: true }).click()
    expect((await storedRecord(page, id)).deletedAt).toBeNull()
    expect(await row(page, 'Skapad offline').count()).toBe(1)
    await page.unrouteAll()
    await page.getByRole('link', { name: 'Papperskorg' }).click()
    await page.getByText('Papperskorgen är tom.').waitFor()
    await page.goto(`/dokument/${id}`)
    await editor(page).waitFor()
    expect(await page.getByText('Dokumentet ligger i papperskorgen.').count()).toBe(0)
  })

  it('settles a document left before the relay acknowledged its last edit, without a reload', async () => {
    const page = await user('David Falk')
    // Hold back the relay's acknowledgements while asked to, as on a slow link.
    let holdAcknowledgements = false
    await page.routeWebSocket(/\/sync\//, (ws) => {
      const relay = ws.connectToServer()
      relay.onMessage((message) => {
        // Durability answers are message type 100 (one varint byte).
        if (holdAcknowledgements && typeof message !== 'string' && message[0] === 100) return
        ws.send(message)
      })
    })
    await createDocument(page, 'Snabbt tillbaka')
    await waitForSyncStatus(page, 'synced')

    holdAcknowledgements = true
    await typeAtEnd(page, 'Sista ordet')
    await waitForSyncStatus(page, 'syncing')
    await page.getByRole('link', { name: 'Till dokumentlistan' }).click()
    await expect.poll(() => row(page, 'Snabbt tillbaka').textContent()).toContain('Ej synkat')

    holdAcknowledgements = false
    await expect.poll(() => row(page, 'Snabbt tillbaka').textContent(), { timeout: 15_000 }).not.toContain('Ej synkat')
  })

  it('does not announce every keystroke’s round trip to a screen reader', async () => {
    const page = await user('Eva Gran')
    await createDocument(page, 'Tyst statusrad')
    await waitForSyncStatus(page, 'synced')
    await syncStatus(page).evaluate((region) => {
      const changes: string[] = []
      ;(window as unknown as { statusChanges: string[] }).statusChanges = changes
      new MutationObserver(() => changes.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    await typeAtEnd(page, '')
    await page.keyboard.type('Tjugo tecken här nu.', { delay: 120 })
    await waitForSyncStatus(page, 'synced')
    const changes = await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges)
    // Each keystroke is acknowledged in milliseconds: nothing worth saying happened.
    expect(changes.length).toBeLessThanOrEqual(2)
    expect(await syncStatus(page).textContent()).toContain('Synkat')
  })

  it('says the device has no documents when only the device can be listed', async () => {
    const { context, page } = await openApp(browser, server.baseUrl)
    contexts.push(context)
    await enterName(page, 'Fredrik Lund')
    await context.setOffline(true)
    await page.reload()
    await page.getByText('Du är offline.', { exact: false }).waitFor()
    await page.getByText('Det finns inga dokument på den här enheten.').waitFor()
    expect(await page.getByText('Det finns inga dokument ännu.', { exact: false }).count()).toBe(0)
  })
})
