import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let anna: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  anna = createAccount(server, 'Anna Lind', 'anna@example.se')
  // Outside the group: never offered as a signer.
  createAccount(server, 'Olle Utanför', 'olle@example.se')
  groupId = createGroup(server, 'Länsgemensam ledning', [
    [cecilia, 'coordinator'],
    [anna, 'editor'],
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

describe('to-dos', () => {
  it('a signer’s to-do appears on their device when a justering names them, and goes when they confirm', async () => {
    const coordinator = await person(cecilia)
    const signer = await person(anna, TABLET_PORTRAIT)
    await signer.goto('/')
    const link = signer.getByTestId('todo-link')
    await link.waitFor()
    expect(await link.getAttribute('data-count')).toBe('0')

    const id = await createGroupDocument(coordinator, { title: 'Protokoll LGL 2026-12-04', type: 'protocol', groupId })
    // The picker offers the group's active members only.
    await coordinator.goto(`/dokument/${id}`)
    await coordinator.getByRole('button', { name: 'Starta justering…' }).click()
    const dialog = coordinator.getByRole('dialog', { name: 'Starta justering' })
    await dialog.getByLabel(/Anna Lind/).waitFor()
    expect(await dialog.getByLabel(/Olle Utanför/).count()).toBe(0)
    await dialog.getByLabel(/Anna Lind/).check()
    await dialog.getByLabel('Justeras för (organ)').fill('Länsgemensam ledning')
    await dialog.getByRole('button', { name: 'Frys och starta justering' }).click()
    await dialog.waitFor({ state: 'detached' })

    // The signer's open page learns of it (the server's notice) without reloading.
    await expect.poll(() => link.getAttribute('data-count'), { timeout: 15_000 }).toBe('1')
    expect(await link.textContent()).toBe('Att göra1 sak väntar')
    await link.click()
    await signer.getByRole('heading', { name: 'Att göra', level: 1 }).waitFor()
    const item = signer.getByRole('link', { name: 'Justera ”Protokoll LGL 2026-12-04”' })
    await item.waitFor()
    expect(await signer.getByText('startad', { exact: false }).textContent()).toContain('Cecilia Samordnare')
    await expectAccessible(signer, 'to-dos (tablet)')
    await screenshot(signer, 'todos-768x1024')

    await item.click()
    await signer.waitForURL((url) => url.pathname === `/dokument/${id}`)
    const justering = (await (await signer.request.get(`/api/documents/${id}/justering`)).json()) as {
      justering: { hash: string }
    }
    const confirmed = await signer.request.post(`/api/documents/${id}/justering/confirm`, {
      data: { hash: justering.justering.hash },
    })
    expect(confirmed.ok()).toBe(true)
    await expect.poll(() => link.getAttribute('data-count'), { timeout: 15_000 }).toBe('0')
    await signer.goto('/att-gora')
    await signer.getByText('Inget väntar på dig just nu.').waitFor()
    await expectAccessible(signer, 'to-dos, none')
  })
})
