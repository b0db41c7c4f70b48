import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, documentText, editor, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { approveInUi, documentIdOf, documentStatus, pdfText, versionsOf, waitForLock } from './approvalActions.js'
import { expectAccessible, launchBrowser, openApp, screenshot, TABLET_PORTRAIT } from './browser.js'

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

async function person(name: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, viewport ? { viewport, hasTouch: true } : {})
  contexts.push(context)
  await enterName(page, name)
  return page
}

describe('approving a document (open mode: everyone is a coordinator)', () => {
  let anna: Page
  let bo: Page
  let url: string
  let id: string
  let firstHash: string
  let versionOneText: string

  it('turns an editor’s page read-only within a second of an approval made while they type', async () => {
    anna = await person('Anna Andersson')
    url = await createDocument(anna, 'Praktisk anvisning hemgång', 'Praktisk anvisning')
    id = documentIdOf(url)
    await typeAtEnd(anna, 'Kommunen kontaktas före hemgång.')
    await waitForSyncStatus(anna, 'synced')
    await expect.poll(() => documentStatus(anna).textContent()).toContain('Utkast')
    await expectAccessible(anna, 'editor with the approval section (draft)')

    bo = await person('Bo Berg', TABLET_PORTRAIT)
    await bo.goto(url)
    await expect.poll(() => documentText(bo)).toContain('Kommunen kontaktas före hemgång.')

    // Bo types continuously while Anna approves.
    let typing = true
    const boTypes = (async () => {
      await typeAtEnd(bo, ' ')
      while (typing) await bo.keyboard.type('x', { delay: 20 })
    })()
    await anna.getByRole('button', { name: 'Godkänn…' }).click()
    const dialog = anna.getByRole('dialog', { name: 'Godkänn dokumentet' })
    await dialog.getByLabel('Godkänns för (organ)').fill('Länsgemensam ledning')
    await expectAccessible(anna, 'approve dialog')
    const approved = anna.waitForResponse((r) => r.url().endsWith(`/api/documents/${id}/approve`))
    await dialog.getByRole('button', { name: 'Godkänn version 1' }).click()
    const answer = await approved
    expect(answer.status()).toBe(201)
    const approvedAt = Date.now()
    await bo.waitForSelector('[data-testid="read-only-banner"][data-reason="approved"]', { timeout: 10_000 })
    const elapsed = Date.now() - approvedAt
    typing = false
    await boTypes
    console.log(`[approval] editor read-only ${elapsed} ms after the approval answered`)
    expect(elapsed).toBeLessThan(1000)

    await waitForLock(bo, 'approved')
    expect(await editor(bo).getAttribute('contenteditable')).toBe('false')
    const before = await documentText(bo)
    await editor(bo).click()
    await bo.keyboard.type('Ändring efter godkännandet')
    await bo.keyboard.press('Enter')
    expect(await documentText(bo)).toBe(before)
    expect(await documentText(bo)).not.toContain('Ändring efter godkännandet')

    const [version] = await versionsOf(anna, id)
    expect(version).toMatchObject({ number: 1, onBehalfOf: 'Länsgemensam ledning' })
    firstHash = version!.hash
    await expect.poll(() => documentStatus(anna).textContent()).toContain('Godkänd version 1')
    await expect.poll(() => documentStatus(bo).textContent()).toContain('Godkänd version 1')
    // Who, when, for which body, and the hash, on the editor page.
    const section = anna.getByRole('region', { name: 'Godkännande' })
    await expect.poll(() => section.textContent()).toContain('Länsgemensam ledning')
    await expect.poll(() => section.textContent()).toContain(version!.approvedBy.name)
    expect(await section.locator('[data-hash]').first().getAttribute('data-hash')).toBe(firstHash)
    await expectAccessible(bo, 'approved document on a tablet')
    await screenshot(bo, 'approved-tablet-portrait')

    // Whatever the editor's device still tries, the approved version stays as it was.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await versionsOf(anna, id))[0]?.hash).toBe(firstHash)
  })

  it('shows version 1 read-only as approved and exports it', async () => {
    await anna.getByRole('link', { name: 'Versioner' }).click()
    await anna.getByRole('heading', { name: 'Versioner av Praktisk anvisning hemgång' }).waitFor()
    await expectAccessible(anna, 'version list')
    await anna.getByRole('link', { name: 'Visa version 1' }).click()
    const body = anna.getByTestId('version-body')
    await expect.poll(() => body.textContent()).toContain('Kommunen kontaktas före hemgång.')
    expect(await body.getAttribute('contenteditable')).toBe('false')
    versionOneText = (await body.textContent()) ?? ''
    expect(await anna.locator('[data-hash]').first().getAttribute('data-hash')).toBe(firstHash)
    await expectAccessible(anna, 'version 1')

    const pdf = await anna.request.get(`/api/documents/${id}/versions/1/export.pdf`)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.body()))
    expect(text).toContain('Kommunen kontaktas före hemgång.')
    expect(text).toContain('Godkänd version 1')
    expect(text.replace(/\s+/g, '')).toContain(firstHash)
    const links = anna.getByRole('link', { name: /^Exportera version 1 som / })
    expect(await links.count()).toBe(3)
  })

  it('opens revision 2 from version 1; version 1 stays exactly as approved; the comparison shows the changes', async () => {
    await anna.goto(url)
    await waitForLock(anna, 'approved')
    await anna.getByRole('button', { name: 'Öppna revision 2' }).click()
    await waitForLock(anna, 'draft')
    await expect.poll(() => documentStatus(anna).textContent()).toContain('Revision 2')
    await expect.poll(() => editor(anna).getAttribute('contenteditable')).toBe('true')
    await typeAtEnd(anna, ' Anhöriga informeras samma dag.')
    await waitForSyncStatus(anna, 'synced')
    await approveInUi(anna, 'Länsgemensam ledning')
    await waitForLock(anna, 'approved')
    await expect.poll(() => documentStatus(anna).textContent()).toContain('Godkänd version 2')
    const versions = await versionsOf(anna, id)
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2])
    expect(versions.find((v) => v.number === 1)?.hash).toBe(firstHash)

    await anna.goto(`/dokument/${id}/versioner/1`)
    const body = anna.getByTestId('version-body')
    await expect.poll(() => body.textContent()).toContain('Kommunen kontaktas före hemgång.')
    expect(await body.textContent()).toBe(versionOneText)
    expect(await body.textContent()).not.toContain('Anhöriga informeras')

    await anna.goto(`/dokument/${id}/versioner`)
    await anna.getByLabel('Från version').selectOption('1')
    await anna.getByLabel('Till version').selectOption('2')
    await anna.getByRole('button', { name: 'Jämför' }).click()
    const diff = anna.getByTestId('version-diff')
    await diff.waitFor()
    const added = await diff.locator('ins').allTextContents()
    expect(added.join(' ')).toContain('Anhöriga informeras samma dag.')
    expect(added.join(' ')).toContain('Tillagt:')
    expect(await diff.locator('del').count()).toBe(0)
    await expect.poll(() => diff.getByRole('status').textContent()).toMatch(/\d+ tillägg och 0 borttagningar/)
    await expectAccessible(anna, 'version comparison')
    await screenshot(anna, 'version-comparison')
  })
})
