import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import {
  cursorToEnd,
  documentText,
  editor,
  insertBlock,
  readingView,
  typeAtEnd,
  waitForSyncStatus,
} from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { approveInUi, documentStatus, pdfText, versionsOf, waitForLock } from './approvalActions.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let bosse: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  bosse = createAccount(server, 'Bo Berg', 'writer@example.se')
  groupId = createGroup(server, 'Länsgemensam ledning', [
    [cecilia, 'coordinator'],
    [bosse, 'editor'],
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

describe('approving a document', () => {
  let coordinator: Page
  let writer: Page
  let url: string
  let id: string
  let firstHash: string
  let versionOneText: string

  it('turns an editor’s page read-only within a second of an approval made while they type', async () => {
    coordinator = await person(cecilia)
    id = await createGroupDocument(coordinator, { title: 'Praktisk anvisning hemgång', type: 'guidance', groupId })
    url = `/dokument/${id}`
    await coordinator.goto(url)
    await editor(coordinator).waitFor()
    await typeAtEnd(coordinator, 'Kommunen kontaktas före hemgång.')
    await waitForSyncStatus(coordinator, 'synced')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Utkast')
    await expectAccessible(coordinator, 'editor with the approval section (draft)')

    writer = await person(bosse, TABLET_PORTRAIT)
    await writer.goto(url)
    // An editor may not approve.
    await editor(writer).waitFor()
    expect(await writer.getByRole('button', { name: 'Godkänn…' }).count()).toBe(0)
    await expect.poll(() => documentText(writer)).toContain('Kommunen kontaktas före hemgång.')

    // The writer's page notes (in the browser, on the machine's clock) when it turns read-only.
    await writer.evaluate(() => {
      const found = () => document.querySelector('[data-testid="read-only-banner"][data-reason="approved"]') !== null
      new MutationObserver((_records, observer) => {
        if (!found()) return
        ;(window as unknown as { readOnlyAt: number }).readOnlyAt = Date.now()
        observer.disconnect()
      }).observe(document.body, { childList: true, subtree: true, attributes: true })
    })

    // The writer types continuously while the coordinator approves.
    let typing = true
    const writerTypes = (async () => {
      await typeAtEnd(writer, ' ')
      while (typing) await writer.keyboard.type('x', { delay: 20 })
    })()
    await coordinator.getByRole('button', { name: 'Godkänn…' }).click()
    const dialog = coordinator.getByRole('dialog', { name: 'Godkänn dokumentet' })
    await dialog.getByLabel('Godkänns för (organ)').fill('Länsgemensam ledning')
    await expectAccessible(coordinator, 'approve dialog')
    const approved = coordinator.waitForResponse((r) => r.url().endsWith(`/api/documents/${id}/approve`))
    await dialog.getByRole('button', { name: 'Godkänn version 1' }).click()
    const answer = await approved
    expect(answer.status()).toBe(201)
    await writer.waitForSelector('[data-testid="read-only-banner"][data-reason="approved"]', { timeout: 10_000 })
    typing = false
    await writerTypes
    // When the coordinator's browser had the server's answer (the approval is recorded by then).
    const approvedAt = await coordinator.evaluate((path) => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e): e is PerformanceResourceTiming => e.name.endsWith(path))
      return entry ? performance.timeOrigin + entry.responseEnd : Number.NaN
    }, `/api/documents/${id}/approve`)
    const readOnlyAt = await writer.evaluate(
      () => (window as unknown as { readOnlyAt?: number }).readOnlyAt ?? Number.NaN,
    )
    const elapsed = Math.round(readOnlyAt - approvedAt)
    console.log(`[approval] the writer's page was read-only ${elapsed} ms after the approval answered`)
    expect(elapsed).toBeLessThan(1000)

    // Keystrokes that reached the relay after the approval were refused; if there were any, the
    // writer's device keeps them as a proposal and reopens the approved text. Either way, the
    // writer's page settles on exactly the approved text, read-only.
    await waitForLock(coordinator, 'approved')
    const approvedText = await documentText(coordinator)
    await expect.poll(() => documentText(writer), { timeout: 20_000 }).toBe(approvedText)
    await waitForLock(writer, 'approved')
    // The approved document is for reading: laid out like its export, nothing to type in.
    await readingView(writer).waitFor()
    expect(await writer.locator('[contenteditable]').count()).toBe(0)
    const refusedKept = ((await writer.getByTestId('kept-edits').textContent()) ?? '') !== ''
    console.log(`[approval] keystrokes refused after the approval kept as a proposal: ${refusedKept}`)
    const before = await documentText(writer)
    await readingView(writer).click()
    await writer.keyboard.type('Ändring efter godkännandet')
    await writer.keyboard.press('Enter')
    expect(await documentText(writer)).toBe(before)
    expect(await documentText(writer)).not.toContain('Ändring efter godkännandet')

    const [version] = await versionsOf(coordinator, id)
    expect(version).toMatchObject({ number: 1, onBehalfOf: 'Länsgemensam ledning' })
    firstHash = version!.hash
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Godkänd version 1')
    await expect.poll(() => documentStatus(writer).textContent()).toContain('Godkänd version 1')
    // Who, when, for which body, and the hash, on the editor page.
    const section = coordinator.getByRole('region', { name: 'Godkännande' })
    await expect.poll(() => section.textContent()).toContain('Länsgemensam ledning')
    await expect.poll(() => section.textContent()).toContain('Cecilia Samordnare')
    expect(version!.approvedBy.name).toBe('Cecilia Samordnare')
    expect(await section.locator('[data-hash]').first().getAttribute('data-hash')).toBe(firstHash)
    await expectAccessible(writer, 'approved document on a tablet')
    await screenshot(writer, 'approved-tablet-portrait')

    // Whatever the editor's device still tries, the approved version stays as it was.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await versionsOf(coordinator, id))[0]?.hash).toBe(firstHash)
  })

  it('shows version 1 read-only as approved and exports it', async () => {
    await coordinator.getByRole('link', { name: 'Versioner' }).click()
    await coordinator.getByRole('heading', { name: 'Versioner av Praktisk anvisning hemgång' }).waitFor()
    await expectAccessible(coordinator, 'version list')
    await coordinator.getByRole('link', { name: 'Visa version 1' }).click()
    const body = readingView(coordinator)
    await expect.poll(() => body.textContent()).toContain('Kommunen kontaktas före hemgång.')
    expect(await coordinator.locator('[contenteditable]').count()).toBe(0)
    expect(await body.locator('[data-role="signatures"]').textContent()).toContain('Cecilia Samordnare')
    versionOneText = (await body.textContent()) ?? ''
    expect(await coordinator.locator('[data-hash]').first().getAttribute('data-hash')).toBe(firstHash)
    await expectAccessible(coordinator, 'version 1')

    const pdf = await coordinator.request.get(`/api/documents/${id}/versions/1/export.pdf`)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.body()))
    expect(text).toContain('Kommunen kontaktas före hemgång.')
    expect(text).toContain('Godkänd version 1')
    expect(text.replace(/\s+/g, '')).toContain(firstHash)
    const links = coordinator.getByRole('link', { name: /^Exportera version 1 som / })
    expect(await links.count()).toBe(3)
  })

  it('opens revision 2 from version 1; version 1 stays exactly as approved; the comparison shows the changes', async () => {
    await coordinator.goto(url)
    await waitForLock(coordinator, 'approved')
    await coordinator.getByRole('button', { name: 'Öppna revision 2' }).click()
    await waitForLock(coordinator, 'draft')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Revision 2')
    await expect.poll(() => editor(coordinator).getAttribute('contenteditable')).toBe('true')
    await typeAtEnd(coordinator, ' Anhöriga informeras samma dag.')
    await waitForSyncStatus(coordinator, 'synced')

    // The protocol whose decision approves revision 2.
    const protocolId = await createGroupDocument(coordinator, {
      title: 'Protokoll LGL 2026-11-27',
      type: 'protocol',
      groupId,
    })
    await coordinator.goto(`/dokument/${protocolId}`)
    await editor(coordinator).waitFor()
    await cursorToEnd(coordinator)
    await insertBlock(coordinator, 'Beslut')
    await coordinator.keyboard.type('Anta reviderad rutin för hemgång')
    await waitForSyncStatus(coordinator, 'synced')
    await coordinator.goto(url)
    await editor(coordinator).waitFor()
    await approveInUi(coordinator, 'Länsgemensam ledning', {
      search: 'hemgång',
      title: 'Anta reviderad rutin för hemgång',
    })
    await waitForLock(coordinator, 'approved')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Godkänd version 2')
    const versions = await versionsOf(coordinator, id)
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2])
    expect(versions.find((v) => v.number === 1)?.hash).toBe(firstHash)
    expect(versions.find((v) => v.number === 2)?.decision).toMatchObject({ documentId: protocolId })
    await expect
      .poll(() => coordinator.getByRole('region', { name: 'Godkännande' }).textContent())
      .toContain('Anta reviderad rutin för hemgång')

    await coordinator.goto(`/dokument/${id}/versioner/1`)
    const body = readingView(coordinator)
    await expect.poll(() => body.textContent()).toContain('Kommunen kontaktas före hemgång.')
    expect(await body.textContent()).toBe(versionOneText)
    expect(await body.textContent()).not.toContain('Anhöriga informeras')

    await coordinator.goto(`/dokument/${id}/versioner`)
    await coordinator.getByLabel('Från version').selectOption('1')
    await coordinator.getByLabel('Till version').selectOption('2')
    await coordinator.getByRole('button', { name: 'Jämför' }).click()
    const diff = coordinator.getByTestId('version-diff')
    await diff.waitFor()
    const added = await diff.locator('ins').allTextContents()
    expect(added.join(' ')).toContain('Anhöriga informeras samma dag.')
    expect(added.join(' ')).toContain('Tillagt:')
    expect(await diff.locator('del').count()).toBe(0)
    await expect.poll(() => diff.getByRole('status').textContent()).toMatch(/\d+ tillägg och 0 borttagningar/)
    await expectAccessible(coordinator, 'version comparison')
    await screenshot(coordinator, 'version-comparison')
  })
})
