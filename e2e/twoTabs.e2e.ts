import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, documentText, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp } from './browser.js'

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

/** A second tab of the same browser profile (same IndexedDB, same service worker). */
async function secondTab(first: Page, url: string): Promise<Page> {
  const tab = await first.context().newPage()
  await tab.goto(url)
  await tab.getByTestId('editor').waitFor()
  return tab
}

describe('two tabs of one browser on one document', () => {
  it('keeps the edits of both tabs, online and offline, through reloads, and delivers them all', async () => {
    const { context, page: first } = await openApp(browser, server.baseUrl)
    contexts.push(context)
    await enterName(first, 'Eva Lind')
    const url = await createDocument(first, 'Handlingsplan i två flikar', 'Handlingsplan')
    const second = await secondTab(first, url)

    // Online: each tab sees the other's writing.
    await typeAtEnd(first, ' Första fliken.')
    await expect.poll(() => documentText(second)).toContain('Första fliken.')
    await typeAtEnd(second, ' Andra fliken.')
    await expect.poll(() => documentText(first)).toContain('Andra fliken.')
    await waitForSyncStatus(first, 'synced')
    await waitForSyncStatus(second, 'synced')

    // Offline, both tabs write to the same IndexedDB database at once.
    await context.setOffline(true)
    await waitForSyncStatus(first, 'offline')
    await waitForSyncStatus(second, 'offline')
    for (let round = 1; round <= 5; round++) {
      await typeAtEnd(first, ` F${round}.`)
      await typeAtEnd(second, ` A${round}.`)
    }
    await waitForSyncStatus(first, 'saved-locally')
    await waitForSyncStatus(second, 'saved-locally')

    // A reload while offline opens every edit of both tabs from the device, in either tab.
    await first.reload()
    await second.reload()
    for (const tab of [first, second]) {
      for (let round = 1; round <= 5; round++) {
        await expect.poll(() => documentText(tab)).toContain(` F${round}.`)
        await expect.poll(() => documentText(tab)).toContain(` A${round}.`)
      }
    }
    expect(await documentText(first)).toBe(await documentText(second))
    await expectAccessible(second, 'second tab, offline')

    // Back online, the relay gets everything, and a fresh device opens the same text.
    await context.setOffline(false)
    await waitForSyncStatus(first, 'synced', 30_000)
    await waitForSyncStatus(second, 'synced', 30_000)
    const { context: other, page: fresh } = await openApp(browser, server.baseUrl)
    contexts.push(other)
    await enterName(fresh, 'Filip Ek')
    await fresh.goto(url)
    await expect.poll(() => documentText(fresh)).toBe(await documentText(first))
  })
})
