import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, openDocumentAs, signedIn, type Account } from './accounts.js'
import { documentText, editor, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { documentStatus, versionsOf, waitForLock } from './approvalActions.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let anna: Account
let bo: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  anna = createAccount(server, 'Anna Lind', 'anna@example.se')
  bo = createAccount(server, 'Bo Ek', 'bo@example.se')
  groupId = createGroup(server, 'Länsgemensam ledning', [
    [cecilia, 'coordinator'],
    [anna, 'editor'],
    [bo, 'editor'],
  ])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

const open = (account: Account, id: string, viewport?: { width: number; height: number }) =>
  openDocumentAs(browser, server, contexts, account, id, viewport)

async function justering(page: Page, id: string) {
  const answer = await page.request.get(`/api/documents/${id}/justering`)
  return ((await answer.json()) as { justering: { hash: string; status: string; round: number } | null }).justering
}

async function startJustering(page: Page, signers: Account[]): Promise<void> {
  await page.getByRole('button', { name: 'Starta justering…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Starta justering' })
  for (const signer of signers) await dialog.getByLabel(new RegExp(signer.name)).check()
  await dialog.getByLabel('Justeras för (organ)').fill('Länsgemensam ledning')
  await expectAccessible(page, 'start justering dialog')
  await dialog.getByRole('button', { name: 'Frys och starta justering' }).click()
  await dialog.waitFor({ state: 'detached' })
}

describe('justering of a protocol with two named justerare', () => {
  let id: string
  let coordinator: Page
  let annaPage: Page
  let boPage: Page

  it('freezes the text when the coordinator starts justering', async () => {
    const { context, page } = await signedIn(browser, server, cecilia)
    contexts.push(context)
    coordinator = page
    id = await createGroupDocument(coordinator, { title: 'Protokoll LGL 2026-11-20', type: 'protocol', groupId })
    await coordinator.goto(`/dokument/${id}`)
    await editor(coordinator).waitFor()
    await typeAtEnd(coordinator, 'Mötet öppnades av ordföranden.')
    await waitForSyncStatus(coordinator, 'synced')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Utkast')

    await startJustering(coordinator, [anna, bo])
    await waitForLock(coordinator, 'frozen')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Fryst för justering')
    expect(await editor(coordinator).getAttribute('contenteditable')).toBe('false')
    const before = await documentText(coordinator)
    await editor(coordinator).click()
    await coordinator.keyboard.type('Ändring i fryst text')
    expect(await documentText(coordinator)).toBe(before)
    await expectAccessible(coordinator, 'frozen protocol (coordinator)')
  })

  it('lets each justerare confirm the frozen text’s hash from their own account, and a send-back unfreezes it with the comment shown', async () => {
    const round = await justering(coordinator, id)
    expect(round?.status).toBe('open')

    annaPage = await open(anna, id)
    await waitForLock(annaPage, 'frozen')
    const mine = annaPage.locator('.justering__mine')
    await expect.poll(() => mine.locator('[data-hash]').first().getAttribute('data-hash')).toBe(round!.hash)
    await expect.poll(() => mine.textContent()).toContain('Texten på din enhet har samma SHA-256.')
    await expectAccessible(annaPage, 'justering, signer view')
    await annaPage.getByRole('button', { name: 'Bekräfta texten' }).click()
    await expect.poll(() => annaPage.locator('.justering').textContent()).toContain('Du har bekräftat texten.')
    // One of two confirmed: still frozen, nothing approved.
    expect(await versionsOf(coordinator, id)).toEqual([])
    await waitForLock(coordinator, 'frozen')

    boPage = await open(bo, id, TABLET_PORTRAIT)
    await waitForLock(boPage, 'frozen')
    await boPage.getByRole('button', { name: 'Skicka tillbaka…' }).click()
    const dialog = boPage.getByRole('dialog', { name: 'Skicka tillbaka texten' })
    await dialog.getByRole('button', { name: 'Skicka tillbaka' }).click()
    await expect.poll(() => dialog.textContent()).toContain('Skriv en kommentar.')
    await dialog.getByLabel('Kommentar').fill('Paragraf 3 saknar beslutstext.')
    await expectAccessible(boPage, 'send-back dialog')
    await dialog.getByRole('button', { name: 'Skicka tillbaka' }).click()
    await dialog.waitFor({ state: 'detached' })

    await waitForLock(coordinator, 'draft')
    await expect
      .poll(() => coordinator.getByRole('region', { name: 'Godkännande' }).textContent())
      .toContain('Bo Ek skickade tillbaka texten: ”Paragraf 3 saknar beslutstext.”')
    await expect.poll(() => editor(coordinator).getAttribute('contenteditable')).toBe('true')
    await expectAccessible(coordinator, 'justering sent back')
    await screenshot(coordinator, 'justering-sent-back')
  })

  it('approves the protocol only when both have confirmed the new round from their own accounts', async () => {
    await typeAtEnd(coordinator, ' Beslutstext tillagd.')
    await waitForSyncStatus(coordinator, 'synced')
    await startJustering(coordinator, [anna, bo])
    await waitForLock(coordinator, 'frozen')
    const round = await justering(coordinator, id)
    expect(round).toMatchObject({ round: 2, status: 'open' })

    await waitForLock(annaPage, 'frozen')
    await expect
      .poll(() => annaPage.locator('.justering__mine [data-hash]').first().getAttribute('data-hash'))
      .toBe(round!.hash)
    await expect.poll(() => annaPage.locator('.justering__mine').textContent()).toContain('samma SHA-256')
    await annaPage.getByRole('button', { name: 'Bekräfta texten' }).click()
    await expect.poll(() => annaPage.locator('.justering').textContent()).toContain('Du har bekräftat texten.')
    expect(await versionsOf(coordinator, id)).toEqual([])

    await waitForLock(boPage, 'frozen')
    await expect.poll(() => boPage.locator('.justering__mine').textContent()).toContain('samma SHA-256')
    await boPage.getByRole('button', { name: 'Bekräfta texten' }).click()

    await waitForLock(coordinator, 'approved')
    await expect.poll(() => documentStatus(coordinator).textContent()).toContain('Godkänd version 1')
    const [version] = await versionsOf(coordinator, id)
    expect(version).toMatchObject({ number: 1, hash: round!.hash, onBehalfOf: 'Länsgemensam ledning' })
    const section = coordinator.getByRole('region', { name: 'Godkännande' })
    await expect.poll(() => section.textContent()).toContain('Justerat av Anna Lind, Bo Ek')
    expect(await documentText(coordinator)).toContain('Beslutstext tillagd.')
    await expectAccessible(coordinator, 'protocol approved by justering')
    await expectAccessible(boPage, 'protocol approved by justering, tablet')
  })
})
