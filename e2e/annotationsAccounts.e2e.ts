import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember, choosePassword, invite } from './accountActions.js'
import { commentOnText, commentsPanel, listedComments, openComments, thread } from './annotationActions.js'
import { createDocument, documentText, editor, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function tablet(viewport: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, { viewport, hasTouch: true, isMobile: true })
  contexts.push(context)
  return page
}

async function acceptInvitation(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await choosePassword(page)
  await page.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

const GROUP = 'Samordnande grupp Barn'

describe('comments with accounts', () => {
  it('a commenter comments (relay token, in their account’s name); a reader reads the comments only', async () => {
    const anna = await tablet(TABLET_LANDSCAPE)
    await anna.goto(await server.setupPath())
    await anna.getByLabel('Namn', { exact: true }).fill('Anna Andersson')
    await anna.getByLabel('E-postadress').fill('anna@example.se')
    await choosePassword(anna)
    await anna.getByRole('button', { name: 'Skapa administratör' }).click()
    await anna.waitForURL('**/administration/personer')
    await anna.goto('/administration/grupper')
    await anna.getByLabel('Gruppens namn').fill(GROUP)
    await anna.getByLabel('Typ av grupp').selectOption({ label: 'Samordnande grupp' })
    await anna.getByRole('button', { name: 'Skapa grupp' }).click()
    await anna.getByRole('link', { name: GROUP }).waitFor()
    const cia = await invite(anna, 'Cia Carlsson', 'cia@example.se')
    const rut = await invite(anna, 'Rut Rask', 'rut@example.se')
    await addMember(anna, GROUP, 'Cia Carlsson', 'kommentator')
    await addMember(anna, GROUP, 'Rut Rask', 'läsare')

    await anna.goto('/')
    const url = await createDocument(anna, 'Handlingsplan barns hälsa', 'Handlingsplan')
    await typeAtEnd(anna, 'Skolhälsovården samverkar med primärvården.')
    await waitForSyncStatus(anna, 'synced')

    const ciaPage = await tablet(TABLET_PORTRAIT)
    await acceptInvitation(ciaPage, cia)
    await ciaPage.goto(new URL(url).pathname)
    await expect.poll(() => documentText(ciaPage)).toContain('Skolhälsovården')
    // A commenter may not edit the content, but comments: the draft opens for reading, and the form
    // (the read-only editor) is where text is selected to comment on.
    await ciaPage.getByTestId('reading-view').waitFor()
    await ciaPage.getByRole('button', { name: 'Visa som formulär' }).click()
    await expect.poll(() => editor(ciaPage).getAttribute('contenteditable')).toBe('false')
    await commentOnText(ciaPage, 'primärvården', 'Även elevhälsans psykologer?')
    await expect.poll(() => commentsPanel(ciaPage).locator('.comment__unsynced').count(), { timeout: 20_000 }).toBe(0)
    expect(await commentsPanel(ciaPage).textContent()).not.toContain('Servern tog inte emot')
    const author = thread(ciaPage, 'Även elevhälsans psykologer?').locator('.comment__author')
    expect(await author.textContent()).toBe('Cia Carlsson (du)')
    expect(await author.getAttribute('data-author-id')).not.toMatch(/^device-/)
    await expectAccessible(ciaPage, 'comments as a commenter')

    await expect.poll(() => listedComments(anna)).toEqual(['Cia Carlsson: Även elevhälsans psykologer?'])

    const rutPage = await tablet(TABLET_PORTRAIT)
    await acceptInvitation(rutPage, rut)
    await rutPage.goto(new URL(url).pathname)
    await rutPage.getByTestId('reading-view').waitFor()
    await openComments(rutPage)
    await expect.poll(() => listedComments(rutPage)).toEqual(['Cia Carlsson: Även elevhälsans psykologer?'])
    await expect.poll(() => commentsPanel(rutPage).textContent()).toContain('din roll i gruppen är läsare')
    expect(await commentsPanel(rutPage).getByRole('button', { name: 'Kommentera markeringen' }).count()).toBe(0)
    expect(await commentsPanel(rutPage).getByRole('button', { name: 'Svara' }).count()).toBe(0)
    await expectAccessible(rutPage, 'comments as a reader')
  })
})
