import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { documentText, editor, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let bosse: Account
let rut: Account
let groupId: string
/** The document of the first test and its snapshot holding the paragraph that was deleted. */
let documentId = ''
let snapshotWithParagraph = ''

beforeAll(async () => {
  // A snapshot once a draft has been quiet for a second, so the test need not wait minutes.
  server = await startAppServer({ env: { HISTORY_QUIET_SECONDS: '1' } })
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  bosse = createAccount(server, 'Bo Berg', 'bo@example.se')
  rut = createAccount(server, 'Rut Läsare', 'rut@example.se')
  groupId = createGroup(server, 'Samordnande grupp Äldre', [
    [cecilia, 'coordinator'],
    [bosse, 'editor'],
    [rut, 'reader'],
  ])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function person(account: Account, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, viewport ? { viewport, hasTouch: true } : {})
  contexts.push(context)
  return page
}

interface Listed {
  id: string
  authors: Array<{ name: string }>
}

/** The draft's snapshots as the server lists them, newest first. */
async function history(page: Page, id: string): Promise<Listed[]> {
  const answer = await page.request.get(`/api/documents/${id}/history`)
  expect(answer.ok()).toBe(true)
  return ((await answer.json()) as { snapshots: Listed[] }).snapshots
}

/** The text of one snapshot's body as JSON (enough to look for words). */
async function snapshotText(page: Page, id: string, snapshotId: string): Promise<string> {
  const answer = await page.request.get(`/api/documents/${id}/history/${snapshotId}`)
  expect(answer.ok()).toBe(true)
  return JSON.stringify(((await answer.json()) as { snapshot: { body: unknown } }).snapshot.body)
}

const FIRST = 'Rutinen gäller alla boenden i länet.'
const DOOMED = 'Stycket som försvinner av misstag.'
const LAST = 'Den följs upp varje kvartal.'
const LATER = 'Ett stycke skrivet efteråt.'

describe('the history of a draft', () => {
  it('lists snapshots, compares one with the text and restores a deleted paragraph that the others see', async () => {
    const writer = await person(bosse, TABLET_PORTRAIT)
    const id = await createGroupDocument(writer, { title: 'Praktisk anvisning Fall', type: 'guidance', groupId })
    await writer.goto(`/dokument/${id}`)
    const reader = await person(cecilia)
    await reader.goto(`/dokument/${id}`)
    await editor(reader).waitFor()

    // Bo writes three paragraphs under "Syfte".
    await editor(writer).locator('p').first().click()
    await writer.keyboard.type(FIRST)
    await writer.keyboard.press('Enter')
    await writer.keyboard.type(DOOMED)
    await writer.keyboard.press('Enter')
    await writer.keyboard.type(LAST)
    await waitForSyncStatus(writer, 'synced')
    await expect.poll(() => documentText(reader), { timeout: 15_000 }).toContain(DOOMED)

    // After a quiet second the server takes a snapshot of it, by Bo.
    let withDoomed = ''
    await expect
      .poll(
        async () => {
          for (const listed of await history(writer, id)) {
            if (!listed.authors.some((a) => a.name === 'Bo Berg')) continue
            const text = await snapshotText(writer, id, listed.id)
            if (text.includes(DOOMED) && text.includes(LAST)) {
              withDoomed = listed.id
              return true
            }
          }
          return false
        },
        { timeout: 20_000 },
      )
      .toBe(true)

    // The paragraph is deleted (selected whole, then removed with its line).
    await editor(writer).locator('p', { hasText: DOOMED }).click({ clickCount: 3 })
    await writer.keyboard.press('Backspace')
    await writer.keyboard.press('Backspace')
    await waitForSyncStatus(writer, 'synced')
    await expect.poll(() => documentText(reader), { timeout: 15_000 }).not.toContain(DOOMED)
    expect(await documentText(reader)).toContain(LAST)

    // The history, from the document page: by time and author.
    await writer.getByRole('link', { name: 'Historik' }).click()
    await writer.getByRole('heading', { name: 'Historik: Praktisk anvisning Fall' }).waitFor()
    const table = writer.getByRole('table', { name: 'Historik' })
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1)
    await expect.poll(() => table.getByRole('cell', { name: 'Bo Berg' }).count()).toBeGreaterThan(0)
    await expectAccessible(writer, 'draft history')
    await screenshot(writer, 'history-list-tablet')

    // One snapshot: read-only, compared with the text now, where the paragraph shows as removed.
    await writer.locator(`a[href$="/historik/${withDoomed}"]`).click()
    await writer.getByRole('heading', { name: /^Ögonblicksbild / }).waitFor()
    const diff = writer.getByTestId('version-diff')
    await diff.waitFor()
    expect(await diff.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(DOOMED)]),
    )
    expect(await writer.getByTestId('version-body').textContent()).toContain(DOOMED)
    await expectAccessible(writer, 'snapshot')
    await screenshot(writer, 'history-snapshot-tablet')

    // "Återställ hela texten" asks first; cancelled, nothing changes.
    await writer.getByRole('button', { name: 'Återställ hela texten' }).click()
    const dialog = writer.getByRole('dialog', { name: 'Återställa hela texten?' })
    await dialog.waitFor()
    await expectAccessible(writer, 'restore whole text dialog')
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    await dialog.waitFor({ state: 'detached' })

    // "Återställ stycket" brings the paragraph back where it was; Cecilia sees it appear.
    await writer.getByRole('button', { name: `Återställ stycket ”${DOOMED}”` }).click()
    await writer.getByText('Stycket är återställt.').waitFor()
    await expect.poll(() => documentText(reader), { timeout: 15_000 }).toContain(DOOMED)
    const text = await documentText(reader)
    expect(text.indexOf(FIRST)).toBeLessThan(text.indexOf(DOOMED))
    expect(text.indexOf(DOOMED)).toBeLessThan(text.indexOf(LAST))
    // Nothing left to restore from that snapshot; the comparison follows the live text.
    await writer.getByText('Alla stycken i ögonblicksbilden finns kvar oförändrade i texten.').waitFor()
    await screenshot(writer, 'history-restored-tablet')
    await screenshot(reader, 'history-restored-seen-by-other')
    documentId = id
    snapshotWithParagraph = withDoomed
  })

  it('shows a reader the snapshot without anything to restore', async () => {
    const reader = await person(rut, TABLET_LANDSCAPE)
    await reader.goto(`/dokument/${documentId}/historik/${snapshotWithParagraph}`)
    await reader.getByTestId('version-diff').waitFor()
    await reader.getByText('Du kan inte återställa här: du har bara läsbehörighet.').waitFor()
    expect(await reader.getByRole('button', { name: /^Återställ/ }).count()).toBe(0)
    await expectAccessible(reader, 'snapshot for a reader')
    await screenshot(reader, 'history-snapshot-reader-landscape')
  })

  it('restores the whole text after a confirmation', async () => {
    const coordinator = await person(cecilia)
    await coordinator.goto(`/dokument/${documentId}`)
    await editor(coordinator).locator('p', { hasText: LAST }).click()
    await coordinator.keyboard.press('End')
    await coordinator.keyboard.press('Enter')
    await coordinator.keyboard.type(LATER)
    await waitForSyncStatus(coordinator, 'synced')

    await coordinator.goto(`/dokument/${documentId}/historik/${snapshotWithParagraph}`)
    await coordinator.getByTestId('version-diff').waitFor()
    await expect
      .poll(() => coordinator.getByTestId('version-diff').locator('ins').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(LATER)]))
    await coordinator.getByRole('button', { name: 'Återställ hela texten' }).click()
    const dialog = coordinator.getByRole('dialog', { name: 'Återställa hela texten?' })
    await dialog.getByRole('button', { name: 'Återställ hela texten' }).click()
    await coordinator.getByText(/^Texten är återställd till /).waitFor()

    await coordinator.getByRole('link', { name: 'Tillbaka till historiken' }).click()
    await coordinator.getByRole('link', { name: 'Tillbaka till dokumentet' }).click()
    await editor(coordinator).waitFor()
    await waitForSyncStatus(coordinator, 'synced')
    const text = await documentText(coordinator)
    expect(text).toContain(DOOMED)
    expect(text).not.toContain(LATER)
  })
})
