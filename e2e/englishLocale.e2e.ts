import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editor } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot } from './browser.js'

/**
 * The English catalogue is a chunk of its own: a browser preferring English gets it before the
 * first render (so no Swedish text flashes by), offline too from the service worker's precache; a
 * Swedish browser's pages never ask for it.
 */

let server: AppServer
let browser: Browser

beforeAll(async () => {
  server = await startAppServer({ openMode: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.dispose()
})

const englishChunk = /\/assets\/en-[\w-]+\.js$/

/** The page's own requests for the English chunk from now on (the service worker's are not counted). */
function englishChunkRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => {
    if (englishChunk.test(new URL(request.url()).pathname)) urls.push(request.url())
  })
  return urls
}

/** Whether the service worker's precache holds the English chunk. */
function precachesEnglish(page: Page): Promise<boolean> {
  return page.evaluate(async (pattern) => {
    const re = new RegExp(pattern)
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys()
      if (keys.some((request) => re.test(new URL(request.url).pathname))) return true
    }
    return false
  }, englishChunk.source)
}

describe('language', () => {
  it('a Swedish browser renders Swedish without fetching the English catalogue, which is precached', async () => {
    const { context, page } = await openApp(browser, server.baseUrl)
    const requested = englishChunkRequests(page)
    await page.reload()
    await page.getByRole('dialog', { name: 'Vem skriver?' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('sv')
    expect(requested).toEqual([])
    expect(await precachesEnglish(page)).toBe(true)
    await context.close()
  })

  it('an English browser renders English from the first render, with plural forms, online and offline', async () => {
    const { context, page } = await openApp(browser, server.baseUrl, { locale: 'en-GB' })
    // Any Swedish text shown before the English catalogue arrived would be caught here.
    await context.addInitScript(() => {
      const seen = window as unknown as { swedishSeen: string[] }
      seen.swedishSeen = []
      new MutationObserver(() => {
        const text = document.body?.textContent ?? ''
        for (const swedish of ['Vem skriver?', 'Dokument', 'Skapa dokument', 'Hoppa till innehållet'])
          if (text.includes(swedish) && !seen.swedishSeen.includes(swedish)) seen.swedishSeen.push(swedish)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    const requested = englishChunkRequests(page)
    await page.reload()
    await page.getByRole('dialog', { name: 'Who is writing?' }).waitFor()
    const name = page.getByLabel('Your name')
    await name.fill('Emma Holt')
    await page.getByRole('button', { name: 'Save' }).click()
    await name.waitFor({ state: 'detached' })
    expect(requested).toHaveLength(1)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    for (const [title, type] of [
      ['Minutes of the steering group', 'Minutes'],
      ['Action plan for the children', 'Action plan'],
    ] as const) {
      await page.getByRole('link', { name: 'Documents' }).first().click()
      await page.getByLabel('Title', { exact: true }).fill(title)
      await page.getByLabel('Type', { exact: true }).selectOption({ label: type })
      await page.getByRole('button', { name: 'Create document' }).click()
      await editor(page).waitFor()
    }
    await page.getByRole('link', { name: 'Documents' }).first().click()
    const form = page.getByRole('search', { name: 'Search and filter' })
    await form.getByLabel('Document type').selectOption({ label: 'Minutes' })
    const count = page.getByRole('status').filter({ hasText: 'shown' })
    await expect.poll(() => count.textContent()).toBe('1 of 2 documents shown.')
    await form.getByLabel('Document type').selectOption({ label: 'All' })
    await form.getByLabel('Search the documents').fill('the')
    await expect.poll(() => count.textContent()).toBe('2 of 2 documents shown.')
    await expectAccessible(page, 'document list in English')
    await screenshot(page, 'document-list-english')

    // Offline, a new page load still gets English: the chunk comes from the precache.
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor()
    await page.getByText('Action plan for the children').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.evaluate(() => (window as unknown as { swedishSeen: string[] }).swedishSeen)).toEqual([])
    await context.close()
  })
})
