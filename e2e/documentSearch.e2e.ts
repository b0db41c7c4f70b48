import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blocks, editor, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { startAppServer, type AppServer } from './appServer.js'
import { DESKTOP, expectAccessible, launchBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let anna: Account
let bo: Account
let elderly: string
let children: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  anna = createAccount(server, 'Anna Andersson', 'anna@example.se')
  bo = createAccount(server, 'Bo Berg', 'bo@example.se')
  elderly = createGroup(server, 'Samordnande grupp Äldre', [
    [anna, 'coordinator'],
    [bo, 'editor'],
  ])
  children = createGroup(server, 'Samordnande grupp Barn', [[anna, 'editor']])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function person(account: Account): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, { viewport: DESKTOP })
  contexts.push(context)
  return page
}

/** Creates a document in a group, opens it on this device and writes a paragraph into it. */
async function writeDocument(
  page: Page,
  input: { title: string; type: 'protocol' | 'actionPlan' | 'guidance'; groupId: string },
  text: string,
  meetingBody?: string,
): Promise<string> {
  const id = await createGroupDocument(page, input)
  await page.goto(`/dokument/${id}`)
  await editor(page).waitFor()
  if (meetingBody !== undefined) {
    await blocks(page, 'meetingHeader').getByLabel('Beslutande organ').fill(meetingBody)
  }
  await typeAtEnd(page, text)
  await waitForSyncStatus(page, 'synced')
  return id
}

/** The titles the list shows, sorted (the list's own order is by last change). */
const titles = async (page: Page) => (await page.locator('.document-table__title a').allTextContents()).sort()

describe('finding documents in the list', () => {
  let page: Page

  it('searches by title and by text, on the device and on the server, with the match marked', async () => {
    page = await person(anna)
    await writeDocument(
      page,
      { title: 'Protokoll LGL februari', type: 'protocol', groupId: elderly },
      'Vårdplatser på länssjukhuset diskuterades.',
      'Länsgemensam ledning',
    )
    await writeDocument(
      page,
      { title: 'Handlingsplan Äldre 2027', type: 'actionPlan', groupId: elderly },
      'Kartläggning av hemsjukvården i kommunerna.',
    )
    await writeDocument(
      page,
      { title: 'Anvisning läkemedel', type: 'guidance', groupId: children },
      'Dosering av läkemedel vid utskrivning.',
    )
    // Bo writes a protocol that Anna's device has never opened: only the server can search it.
    const boPage = await person(bo)
    await writeDocument(
      boPage,
      { title: 'Protokoll SG Äldre mars', type: 'protocol', groupId: elderly },
      'Skolhälsovården samverkar med habiliteringen.',
    )

    await page.goto('/')
    const form = page.getByRole('search', { name: 'Sök och filtrera' })
    const box = form.getByLabel('Sök i dokumenten')
    await expect.poll(() => titles(page), { timeout: 10_000 }).toHaveLength(4)

    // Text of a copy on the device, whatever the case.
    await box.fill('VÅRDPLATSER')
    await expect.poll(() => titles(page)).toEqual(['Protokoll LGL februari'])
    expect(await page.locator('.document-table__snippet mark').allTextContents()).toEqual(['Vårdplatser'])
    expect(await page.locator('.document-table__snippet').textContent()).toContain('på länssjukhuset')
    expect(await page.getByRole('status').filter({ hasText: 'visas' }).textContent()).toBe('1 dokument av 4 visas.')
    expect(page.url()).toContain('q=V%C3%85RDPLATSER')

    // å is a letter of its own in Swedish.
    await box.fill('vardplatser')
    await page.getByText('Inga dokument matchar sökningen och filtren.').waitFor()

    // By title, every word anywhere.
    await box.fill('2027 handlingsplan')
    await expect.poll(() => titles(page)).toEqual(['Handlingsplan Äldre 2027'])
    expect(await page.locator('.document-table__title mark').allTextContents()).toEqual(['Handlingsplan', '2027'])

    // Text of a document not on this device: the server answers.
    await box.fill('skolhälsovården')
    await expect.poll(() => titles(page)).toEqual(['Protokoll SG Äldre mars'])
    expect(await page.locator('.document-table__snippet mark').allTextContents()).toEqual(['Skolhälsovården'])
    await expectAccessible(page, 'document list with a search')
    await screenshot(page, 'search-text-1280x800')
  })

  it('filters by type, status, group and body, together with the search, and keeps them in the address', async () => {
    const form = page.getByRole('search', { name: 'Sök och filtrera' })
    await form.getByRole('button', { name: 'Rensa filter' }).click()
    await expect.poll(() => titles(page)).toHaveLength(4)
    expect(new URL(page.url()).search).toBe('')

    await form.getByLabel('Dokumenttyp').selectOption({ label: 'Protokoll' })
    await expect.poll(() => titles(page)).toEqual(['Protokoll LGL februari', 'Protokoll SG Äldre mars'])
    await form.getByLabel('Organ').selectOption({ label: 'Länsgemensam ledning' })
    await expect.poll(() => titles(page)).toEqual(['Protokoll LGL februari'])
    expect(await page.getByRole('status').filter({ hasText: 'visas' }).textContent()).toBe('1 dokument av 4 visas.')

    // The filtered list survives a reload (and could be linked to).
    expect(page.url()).toContain('type=protocol')
    expect(page.url()).toContain('body=L%C3%A4nsgemensam+ledning')
    await page.reload()
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(['Protokoll LGL februari'])
    expect(await form.getByLabel('Dokumenttyp').inputValue()).toBe('protocol')
    expect(await form.getByLabel('Organ').inputValue()).toBe('Länsgemensam ledning')

    await form.getByRole('button', { name: 'Rensa filter' }).click()
    await form.getByLabel('Ägande grupp').selectOption({ label: 'Samordnande grupp Barn' })
    await expect.poll(() => titles(page)).toEqual(['Anvisning läkemedel'])
    await form.getByLabel('Status').selectOption({ label: 'Godkänd' })
    await page.getByText('Inga dokument matchar sökningen och filtren.').waitFor()
    expect(await page.getByRole('status').filter({ hasText: 'visas' }).textContent()).toBe('0 dokument av 4 visas.')

    // Search and filters together: the words must be there and every filter hold.
    await form.getByRole('button', { name: 'Rensa filter' }).click()
    await form.getByLabel('Status').selectOption({ label: 'Utkast' })
    // Typed with a pause after a word: the space stays, the next word follows it.
    const box = form.getByLabel('Sök i dokumenten')
    await box.pressSequentially('hemsjukvården ')
    await expect.poll(() => page.url()).toContain('q=hemsjukv%C3%A5rden')
    await expect.poll(() => titles(page)).toEqual(['Handlingsplan Äldre 2027'])
    await box.pressSequentially('kommunerna')
    expect(await box.inputValue()).toBe('hemsjukvården kommunerna')
    await expect.poll(() => page.url()).toContain('q=hemsjukv%C3%A5rden+kommunerna')
    await expect.poll(() => titles(page)).toEqual(['Handlingsplan Äldre 2027'])
    await form.getByLabel('Dokumenttyp').selectOption({ label: 'Protokoll' })
    await page.getByText('Inga dokument matchar sökningen och filtren.').waitFor()
    await form.getByLabel('Dokumenttyp').selectOption({ label: 'Alla' })
    await expect.poll(() => titles(page)).toEqual(['Handlingsplan Äldre 2027'])
    await expectAccessible(page, 'document list with filters')

    for (const [viewport, name] of [
      [TABLET_PORTRAIT, 'search-filters-768x1024'],
      [TABLET_LANDSCAPE, 'search-filters-1024x768'],
    ] as const) {
      await page.setViewportSize(viewport)
      await expectAccessible(page, name)
      await screenshot(page, name)
    }
    await page.setViewportSize(DESKTOP)
    await screenshot(page, 'search-filters-1280x800')
  })

  it('searches the device’s copies offline, after a reload', async () => {
    const form = page.getByRole('search', { name: 'Sök och filtrera' })
    await form.getByRole('button', { name: 'Rensa filter' }).click()
    await page.context().setOffline(true)
    await page.reload()
    await page.getByText('Du är offline. Listan visar dokumenten som finns på den här enheten.').waitFor()
    // Only what is on the device is listed offline: Bo's protocol was never opened here.
    await expect
      .poll(() => titles(page), { timeout: 10_000 })
      .toEqual(['Anvisning läkemedel', 'Handlingsplan Äldre 2027', 'Protokoll LGL februari'])
    const box = form.getByLabel('Sök i dokumenten')
    await box.fill('utskrivning')
    await expect.poll(() => titles(page)).toEqual(['Anvisning läkemedel'])
    expect(await page.locator('.document-table__snippet mark').allTextContents()).toEqual(['utskrivning'])
    await box.fill('Länssjukhuset')
    await expect.poll(() => titles(page)).toEqual(['Protokoll LGL februari'])
    await form.getByLabel('Organ').selectOption({ label: 'Länsgemensam ledning' })
    await expect.poll(() => page.url()).toContain('body=')
    await expect.poll(() => titles(page)).toEqual(['Protokoll LGL februari'])
    // Bo's protocol is not on this device: offline it is neither listed nor found.
    await form.getByLabel('Organ').selectOption({ label: 'Alla' })
    await box.fill('skolhälsovården')
    await page.getByText('Inga dokument matchar sökningen och filtren.').waitFor()
    await expectAccessible(page, 'document list searched offline')
    await screenshot(page, 'search-offline-1280x800')
    await page.context().setOffline(false)
  })
})
