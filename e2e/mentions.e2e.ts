import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { commentsPanel, selectTextByTouch, tap, thread } from './annotationActions.js'
import { typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let anna: Account
let bo: Account
let boStrom: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  anna = createAccount(server, 'Anna Lind', 'anna@example.se')
  // Two people whose names begin alike: the mention must mean the one chosen.
  bo = createAccount(server, 'Bo Berg', 'bo@example.se')
  boStrom = createAccount(server, 'Bo Bergström', 'bo.bergstrom@example.se')
  // Outside the group: never offered.
  createAccount(server, 'Bo Utanför', 'bo.utanfor@example.se')
  groupId = createGroup(server, 'Samordnande grupp Äldre', [
    [anna, 'editor'],
    [bo, 'commenter'],
    [boStrom, 'commenter'],
  ])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function person(account: Account, viewport: { width: number; height: number }): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, { viewport, hasTouch: true })
  contexts.push(context)
  return page
}

const options = (page: Page) => commentsPanel(page).getByRole('option')

describe('mentions', () => {
  it('A mentions B in a comment: B’s badge counts it, Att göra lists it, and opening it shows the comment', async () => {
    const writer = await person(anna, TABLET_LANDSCAPE)
    const mentioned = await person(bo, TABLET_PORTRAIT)
    await mentioned.goto('/')
    const badge = mentioned.getByTestId('todo-link')
    await badge.waitFor()
    expect(await badge.getAttribute('data-count')).toBe('0')

    const id = await createGroupDocument(writer, { title: 'Handlingsplan äldres hälsa', type: 'actionPlan', groupId })
    await writer.goto(`/dokument/${id}`)
    await writer.getByTestId('editor').waitFor()
    await typeAtEnd(writer, 'Fallprevention i hemtjänsten.')
    await waitForSyncStatus(writer, 'synced')

    // Typing @ offers the group's people (not the writer, not outsiders); keys choose.
    await selectTextByTouch(writer, 'Fallprevention')
    await tap(commentsPanel(writer).getByRole('button', { name: 'Kommentera markeringen' }))
    const field = commentsPanel(writer).getByLabel('Kommentar', { exact: true })
    await field.focus()
    await writer.keyboard.type('Kan @bo')
    await expect.poll(() => options(writer).allTextContents()).toEqual(['Bo Berg', 'Bo Bergström'])
    expect(await field.getAttribute('aria-activedescendant')).toBe(await options(writer).nth(0).getAttribute('id'))
    await expectAccessible(writer, 'mention list open')
    await screenshot(writer, 'mention-list-1024x768')
    await writer.keyboard.press('ArrowDown')
    expect(await options(writer).nth(1).getAttribute('aria-selected')).toBe('true')
    await writer.keyboard.press('ArrowUp')
    await writer.keyboard.press('Enter')
    await expect.poll(() => options(writer).count()).toBe(0)
    expect(await field.inputValue()).toBe('Kan @Bo Berg ')
    await writer.keyboard.type('titta på detta?')
    await tap(commentsPanel(writer).getByRole('button', { name: 'Spara kommentar' }))
    const written = thread(writer, 'titta på detta?')
    await written.waitFor()
    const mention = written.locator('.comment__mention')
    expect(await mention.textContent()).toBe('@Bo Berg')
    expect(await mention.getAttribute('data-mention-id')).toBe(bo.id)
    await expect.poll(() => commentsPanel(writer).locator('.comment__unsynced').count(), { timeout: 20_000 }).toBe(0)

    // B's open page learns of it without reloading.
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 15_000 }).toBe('1')
    await badge.click()
    await mentioned.getByRole('heading', { name: 'Kommentarer som nämner dig' }).waitFor()
    const item = mentioned.getByRole('link', { name: 'Anna Lind nämnde dig i ”Handlingsplan äldres hälsa”' })
    await item.waitFor()
    expect(await mentioned.locator('.todo-list__excerpt').textContent()).toBe('Kan @Bo Berg titta på detta?')
    await expectAccessible(mentioned, 'to-dos with a mention (tablet)')
    await screenshot(mentioned, 'todos-mention-768x1024')

    // Opening it shows the comment in its thread, and it is done.
    await item.click()
    await mentioned.waitForURL((url) => url.pathname === `/dokument/${id}` && url.search.startsWith('?kommentar='))
    const opened = thread(mentioned, 'titta på detta?')
    await opened.waitFor()
    await expect
      .poll(() => mentioned.evaluate(() => document.activeElement?.getAttribute('data-thread-id') ?? null))
      .toBe(await opened.getAttribute('data-thread-id'))
    expect(await opened.getAttribute('class')).toContain('comment-thread--active')
    await expectAccessible(mentioned, 'the mentioning comment opened (tablet)')
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 15_000 }).toBe('0')

    // A reply mentions B again; B marks it done from the list without opening it.
    const replyTo = thread(writer, 'titta på detta?')
    await tap(replyTo.getByRole('button', { name: 'Svara' }))
    await replyTo.getByLabel('Ditt svar').focus()
    await writer.keyboard.type('Och @berg')
    await expect.poll(() => options(writer).allTextContents()).toEqual(['Bo Berg', 'Bo Bergström'])
    await writer.keyboard.press('Enter')
    await writer.keyboard.type('– hinner du till fredag?')
    await tap(replyTo.getByRole('button', { name: 'Skicka svar' }))
    // The name chosen mid-typing and the text typed right after it stay whole and in order.
    await replyTo.locator('.comment__body', { hasText: 'Och @Bo Berg – hinner du till fredag?' }).waitFor()
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 15_000 }).toBe('1')
    await mentioned.goto('/att-gora')
    await mentioned.locator('.todo-list__excerpt', { hasText: 'Och @Bo Berg – hinner du till fredag?' }).waitFor()
    await mentioned
      .getByRole('button', { name: 'Klar: kommentaren av Anna Lind i ”Handlingsplan äldres hälsa”' })
      .click()
    await mentioned.getByText('Inget väntar på dig just nu.').waitFor()
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 15_000 }).toBe('0')

    // Bo Bergström was not mentioned: nothing waits for him.
    const other = await person(boStrom, TABLET_PORTRAIT)
    const todos = (await (await other.request.get('/api/todos')).json()) as { mentions: unknown[] }
    expect(todos.mentions).toEqual([])
  })
})
