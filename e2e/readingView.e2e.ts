import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { blocks, editor, waitForSyncStatus } from './appActions.js'
import { commentOnText, commentsPanel, openComments, thread } from './annotationActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { waitForLock } from './approvalActions.js'
import { DESKTOP, expectAccessible, launchBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let rut: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  rut = createAccount(server, 'Rut Läsare', 'rut@example.se')
  groupId = createGroup(server, 'Länsgemensam ledning', [
    [cecilia, 'coordinator'],
    [rut, 'reader'],
  ])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

const SIZES = [
  ['1280x800', DESKTOP],
  ['1024x768', TABLET_LANDSCAPE],
  ['768x1024', TABLET_PORTRAIT],
] as const

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots')

/** Saves what the screen shows (not the whole page) under docs/screenshots/. */
async function firstScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) })
}

async function person(account: Account): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, { hasTouch: true })
  contexts.push(context)
  return page
}

const readingView = (page: Page) => page.getByTestId('reading-view')

/** The top of the document's first block, in the viewport's coordinates, with the page at its top. */
async function firstBlockTop(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = await page.locator(selector).first().boundingBox()
  if (box === null) throw new Error(`${selector} is not shown`)
  return box.y
}

/** Nothing in the reading view can be typed into, and no empty field or placeholder shows. */
async function expectNoForm(page: Page): Promise<void> {
  const view = readingView(page)
  expect(await page.locator('[contenteditable]').count()).toBe(0)
  expect(await view.locator('input, textarea, select, [data-placeholder], .is-empty').count()).toBe(0)
  expect(await page.locator('[role="toolbar"]').count()).toBe(0)
}

describe('reading view and compact editor', () => {
  let coordinator: Page
  let id: string

  it('keeps the editor with a compact sticky toolbar for an editor of a draft, and the text starts on the first screen', async () => {
    coordinator = await person(cecilia)
    id = await createGroupDocument(coordinator, { title: 'Protokoll LGL 2026-11-27', type: 'protocol', groupId })
    await coordinator.goto(`/dokument/${id}`)
    await editor(coordinator).waitFor()
    const header = blocks(coordinator, 'meetingHeader').first()
    await header.getByLabel('Beslutande organ', { exact: true }).fill('Länsgemensam ledning')
    await header.getByLabel('Mötesdatum', { exact: true }).fill('2026-11-27')
    const members = blocks(coordinator, 'attendanceList').first()
    await members.getByRole('button', { name: 'Klistra in lista' }).click()
    await members
      .getByLabel('Klistra in deltagarlistan')
      .fill('Eva Andersson, Region Kalmar län\nNils Öst, Kalmar kommun')
    await members.getByRole('button', { name: 'Lägg till 2 personer' }).click()
    await editor(coordinator).locator('[data-block-type="agendaItem"] p').first().click()
    await coordinator.keyboard.type('Ordföranden hälsade alla välkomna och öppnade mötet.')
    await waitForSyncStatus(coordinator, 'synced')

    const toolbar = coordinator.getByRole('toolbar', { name: 'Formatering' })
    for (const [name, size] of SIZES) {
      await coordinator.setViewportSize(size)
      const top = await firstBlockTop(coordinator, '[data-testid="editor"] > *')
      expect(top, `the first block starts on the first screen at ${name}`).toBeLessThan(size.height)
      await firstScreen(coordinator, `editor-${name}`)
      if (size === DESKTOP) {
        const box = await toolbar.boundingBox()
        expect(box!.height, 'one toolbar row at 1280 px').toBeLessThan(70)
      }
      await expectAccessible(coordinator, `editor at ${name}`)
      // Scrolled well down, the toolbar is still at the top of the screen.
      await coordinator.mouse.wheel(0, 1500)
      await expect.poll(async () => (await toolbar.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
      expect((await toolbar.boundingBox())!.y).toBeLessThan(8)
      expect(await toolbar.getByRole('button', { name: 'Fetstil' }).isVisible()).toBe(true)
    }
    await coordinator.setViewportSize(DESKTOP)
    // The rarer tools are under "Mer".
    await toolbar.getByRole('button', { name: 'Mer' }).click()
    await toolbar.getByRole('button', { name: 'Kontroll före godkännande' }).waitFor()
    await expectAccessible(coordinator, 'toolbar with "Mer" open')
    await coordinator.keyboard.press('Escape')
  })

  it('turns Markdown-style shortcuts into headings and lists while writing', async () => {
    const guidance = await createGroupDocument(coordinator, { title: 'Anvisning', type: 'guidance', groupId })
    await coordinator.goto(`/dokument/${guidance}`)
    await editor(coordinator).waitFor()
    await editor(coordinator).locator('p').last().click()
    await coordinator.keyboard.press('End')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.type('# Stor rubrik')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.type('## Mellanrubrik')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.type('- första punkten')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.type('1. första steget')
    const body = editor(coordinator)
    await expect.poll(() => body.locator('h1').last().textContent()).toBe('Stor rubrik')
    expect(await body.locator('h2').last().textContent()).toBe('Mellanrubrik')
    expect(await body.locator('ul > li').last().textContent()).toBe('första punkten')
    expect(await body.locator('ol > li').last().textContent()).toBe('första steget')
    await expect.poll(() => coordinator.getByRole('combobox', { name: 'Stycketyp' }).inputValue()).toBe('paragraph')
  })

  it('shows a reader a draft in the reading view, text first on every screen', async () => {
    const reader = await person(rut)
    await reader.goto(`/dokument/${id}`)
    await readingView(reader).waitFor()
    await expect.poll(() => readingView(reader).textContent()).toContain('öppnade mötet')
    await expectNoForm(reader)
    for (const [name, size] of SIZES) {
      await reader.setViewportSize(size)
      const top = await firstBlockTop(reader, '[data-testid="reading-view"] > *')
      expect(top, `the first block starts on the first screen at ${name}`).toBeLessThan(size.height)
      const text = await firstBlockTop(reader, '[data-testid="reading-view"] [data-role="agenda-item"] p')
      expect(text, `the first paragraph of text is on the first screen at ${name}`).toBeLessThan(size.height)
      await expectAccessible(reader, `reader's reading view at ${name}`)
    }
  })

  it('opens an approved protocol in the reading view with its decisions, attendance, signatures and comments', async () => {
    await coordinator.goto(`/dokument/${id}`)
    await editor(coordinator).waitFor()
    await coordinator.setViewportSize(DESKTOP)
    await commentOnText(coordinator, 'öppnade mötet', 'Stämmer tiden?')
    // Approved by a justering with the coordinator as the one justerare.
    const started = await coordinator.request.post(`/api/documents/${id}/justering`, {
      data: { signers: [cecilia.id], onBehalfOf: 'Länsgemensam ledning' },
    })
    expect(started.ok()).toBe(true)
    await waitForLock(coordinator, 'frozen')
    const round = (await (await coordinator.request.get(`/api/documents/${id}/justering`)).json()) as {
      justering: { hash: string }
    }
    const confirmed = await coordinator.request.post(`/api/documents/${id}/justering/confirm`, {
      data: { hash: round.justering.hash },
    })
    expect(confirmed.ok()).toBe(true)
    await waitForLock(coordinator, 'approved')

    const view = readingView(coordinator)
    await view.waitFor()
    await expectNoForm(coordinator)
    await expect.poll(() => view.locator('[data-role="signatures"]').textContent()).toContain('Cecilia Samordnare')
    expect(await view.locator('[data-role="signatures"]').textContent()).toContain('(digitalt)')
    expect(await view.locator('[data-role="decision"]').first().textContent()).toContain(
      'Protokollet från föregående möte godkänns',
    )
    expect(await view.locator('[data-role="attendance"]').textContent()).toContain('Eva Andersson, Region Kalmar län')
    expect(await view.locator('[data-role="meeting-header"]').textContent()).toContain('Länsgemensam ledning')
    // What the editor still offers that applies: a new revision, the versions.
    await coordinator.getByRole('button', { name: 'Öppna revision 2' }).waitFor()
    await coordinator.getByRole('link', { name: 'Versioner' }).waitFor()

    for (const [name, size] of SIZES) {
      await coordinator.setViewportSize(size)
      const top = await firstBlockTop(coordinator, '[data-testid="reading-view"] > *')
      expect(top, `the first block starts on the first screen at ${name}`).toBeLessThan(size.height)
      // The first screen as someone opening it sees it: the comments sheet (narrow screens) closed.
      const sheet = commentsPanel(coordinator).locator('.comments-panel__toggle')
      if ((await sheet.isVisible()) && (await sheet.getAttribute('aria-expanded')) === 'true') await sheet.click()
      await expectAccessible(coordinator, `approved reading view at ${name}`)
      await firstScreen(coordinator, `reading-${name}`)
      // The comments are at hand: on a narrow screen the sheet opens and closes again.
      await openComments(coordinator)
      await thread(coordinator, 'Stämmer tiden?').waitFor()
      await expectAccessible(coordinator, `approved reading view with its comments at ${name}`)
      const toggle = commentsPanel(coordinator).locator('.comments-panel__toggle')
      if (await toggle.isVisible()) await toggle.click()
    }

    // The comment opens in the text: the form takes over and the anchored words are highlighted.
    await coordinator.setViewportSize(DESKTOP)
    await thread(coordinator, 'Stämmer tiden?').getByRole('button', { name: 'Visa i texten' }).click()
    await editor(coordinator).waitFor()
    await expect
      .poll(() => editor(coordinator).locator('.comment-highlight').allTextContents())
      .toContain('öppnade mötet')
    expect(await editor(coordinator).getAttribute('contenteditable')).toBe('false')
    await coordinator.getByRole('button', { name: 'Visa läsvy' }).click()
    await readingView(coordinator).waitFor()
    await expect.poll(() => commentsPanel(coordinator).textContent()).toContain('Stämmer tiden?')
  })
})
