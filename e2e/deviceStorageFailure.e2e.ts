import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, documentText, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, TABLET_PORTRAIT } from './browser.js'

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

/**
 * Makes every IndexedDB write of the page fail as a full disk does (QuotaExceededError) while
 * `window.__failDeviceWrites` is true: the browser-level fault a tablet meets when its storage is
 * full, injected below Dexie so the app's own code paths run unchanged.
 */
async function injectWriteFailures(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const flags = window as unknown as { __failDeviceWrites?: boolean }
    flags.__failDeviceWrites = false
    for (const method of ['add', 'put'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the store as `this` below
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (flags.__failDeviceWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
}

const setWritesFailing = (page: Page, failing: boolean) =>
  page.evaluate((value) => {
    ;(window as unknown as { __failDeviceWrites?: boolean }).__failDeviceWrites = value
  }, failing)

describe('the device storage failing', () => {
  it('tells the person, keeps the edit in memory, retries, and stores it once space returns', async () => {
    const { context, page } = await openApp(browser, server.baseUrl, { viewport: TABLET_PORTRAIT })
    contexts.push(context)
    await injectWriteFailures(context)
    await page.reload()
    await enterName(page, 'Gun Ås')
    const url = await createDocument(page, 'Protokoll på full enhet')
    await waitForSyncStatus(page, 'synced')

    await context.setOffline(true)
    await waitForSyncStatus(page, 'offline')
    await setWritesFailing(page, true)
    await typeAtEnd(page, ' Skrivet när enheten var full.')

    const alert = page.getByRole('alert').filter({ hasText: 'Ändringarna kunde inte sparas på enheten' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain('lagringsutrymmet på enheten är fullt')
    await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-sync-status')).toBe('error')
    await expectAccessible(page, 'editor with a device storage error')

    // Space returns: the retry stores the edit and the warning goes away by itself.
    await setWritesFailing(page, false)
    await alert.waitFor({ state: 'detached', timeout: 40_000 })
    await waitForSyncStatus(page, 'saved-locally')

    // The edit really is on the device: it survives a reload without a network.
    await page.goto(url)
    await expect.poll(() => documentText(page)).toContain('Skrivet när enheten var full.')
    await context.setOffline(false)
    await waitForSyncStatus(page, 'synced', 30_000)
  })
})
