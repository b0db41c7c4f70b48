import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, documentText, enterName, syncStatus, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

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

async function user(name: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, viewport ? { viewport } : {})
  contexts.push(context)
  await enterName(page, name)
  return page
}

describe('writing together', () => {
  let anna: Page
  let bo: Page
  let documentUrl: string

  it('creates a document from the list, and the list and editor are accessible', async () => {
    anna = await user('Anna Andersson')
    await expectAccessible(anna, 'document list')
    await screenshot(anna, 'list-desktop')
    documentUrl = await createDocument(anna, 'Protokoll Länsgemensam ledning 2026-11-20')
    await typeAtEnd(anna, 'Ordföranden öppnade mötet.')
    await waitForSyncStatus(anna, 'synced')
    await expect.poll(() => syncStatus(anna).textContent()).toContain('Synkat')
    await expectAccessible(anna, 'editor')
    await screenshot(anna, 'editor-desktop')
  })

  it('shows every keystroke, caret and name to a second writer', async () => {
    bo = await user('Bo Berg', TABLET_LANDSCAPE)
    await bo.goto(documentUrl)
    await expect.poll(() => documentText(bo)).toContain('Ordföranden öppnade mötet.')

    await typeAtEnd(bo, ' Bo skriver här.')
    await expect.poll(() => documentText(anna)).toContain('Bo skriver här.')
    await expect.poll(() => anna.locator('.collaboration-carets__label').allTextContents()).toContain('Bo Berg')
    await expect.poll(() => bo.locator('.collaboration-carets__label').allTextContents()).toContain('Anna Andersson')
    await expect.poll(() => anna.getByTestId('presence').textContent()).toContain('Bo Berg')
    await expect.poll(() => bo.getByTestId('presence').textContent()).toContain('Anna Andersson')
    await screenshot(bo, 'editor-tablet-landscape-with-caret')
    await expectAccessible(bo, 'editor with a second writer')
  })

  it('keeps offline edits through a reload and delivers them when back online', async () => {
    await anna.context().setOffline(true)
    await waitForSyncStatus(anna, 'offline')
    await typeAtEnd(anna, ' Skrivet utan nät.')
    await waitForSyncStatus(anna, 'saved-locally')
    await expect.poll(() => syncStatus(anna).textContent()).toContain('Sparat på enheten, ej synkat')

    await anna.reload()
    await expect.poll(() => documentText(anna)).toContain('Skrivet utan nät.')
    await waitForSyncStatus(anna, 'saved-locally')
    await typeAtEnd(anna, ' Och efter omladdning.')
    await expect.poll(() => bo.locator('[data-testid="editor"]').textContent()).not.toContain('Skrivet utan nät.')

    // In-app navigation, as a user would: the list shows the document from the device.
    await anna.getByRole('link', { name: 'Till dokumentlistan' }).click()
    const listed = anna.getByRole('link', { name: 'Protokoll Länsgemensam ledning 2026-11-20' })
    await listed.click()
    await expect.poll(() => documentText(anna)).toContain('Och efter omladdning.')

    await anna.context().setOffline(false)
    await waitForSyncStatus(anna, 'synced')
    await expect.poll(() => documentText(bo)).toContain('Skrivet utan nät. Och efter omladdning.')
  })

  it('keeps both writers’ edits to the same paragraph made while both were offline', async () => {
    await anna.context().setOffline(true)
    await bo.context().setOffline(true)
    await waitForSyncStatus(anna, 'offline')
    await waitForSyncStatus(bo, 'offline')
    await typeAtEnd(anna, ' [Annas tillägg]')
    await typeAtEnd(bo, ' [Bos tillägg]')
    await anna.context().setOffline(false)
    await bo.context().setOffline(false)
    // The text without carets: the other writer's caret label may stand inside the words.
    for (const page of [anna, bo]) {
      await expect.poll(() => documentText(page)).toContain('[Annas tillägg]')
      await expect.poll(() => documentText(page)).toContain('[Bos tillägg]')
    }
    expect(await documentText(anna)).toBe(await documentText(bo))
  })

  it('looks right in tablet portrait', async () => {
    await bo.setViewportSize(TABLET_PORTRAIT)
    await screenshot(bo, 'editor-tablet-portrait')
    await expectAccessible(bo, 'editor in portrait')
    await bo.goto('/')
    await screenshot(bo, 'list-tablet-portrait')
    await expectAccessible(bo, 'list in portrait')
  })
})
