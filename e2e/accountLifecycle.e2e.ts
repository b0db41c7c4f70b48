import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { choosePassword, invite, PASSWORD, signIn } from './accountActions.js'
import { createAccount, createGroup, createGroupDocument, signedIn } from './accounts.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot } from './browser.js'

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

async function device(): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl)
  contexts.push(context)
  return page
}

const NEW_PASSWORD = 'ett annat långt lösenord'
const RESET_PASSWORD = 'ännu ett nytt lösenord'

/** The row of a person in Administration → Personer. */
const personRow = (page: Page, name: string) => page.getByTestId('user-row').filter({ hasText: name })

/** The one-time link shown after issuing one (once it is another than `previous`), as a path. */
async function shownLink(page: Page, previous = ''): Promise<string> {
  const field = page.getByTestId('invitation-link').getByRole('textbox')
  await field.waitFor()
  const path = async () => {
    const url = new URL(await field.inputValue())
    return `${url.pathname}${url.search}`
  }
  await expect.poll(path).not.toBe(previous)
  return path()
}

describe('a fresh server and the life of an account', () => {
  let admin: Page
  let bo: Page

  it('a fresh server says how to finish setup, and asks nobody for a name', async () => {
    const visitor = await device()
    await visitor.getByTestId('setup-needed').waitFor()
    await expect
      .poll(() => visitor.getByRole('heading', { level: 1 }).textContent())
      .toBe('Samskriv är inte installerat än')
    expect(await visitor.getByRole('dialog').count()).toBe(0)
    expect(await visitor.getByText('Vem skriver?').count()).toBe(0)
    await expectAccessible(visitor, 'setup needed')
    await screenshot(visitor, 'setup-needed')
    // The API refuses it too.
    const attempt = await visitor.request.post('/api/users', {
      data: { email: 'eve@example.se', name: 'Eve', isAdmin: true },
    })
    expect(attempt.status()).toBe(503)
  })

  it('the administrator re-issues a lost invitation; the lost link stops working, the list shows both', async () => {
    admin = await device()
    await admin.goto(await server.setupPath())
    await admin.getByLabel('Namn', { exact: true }).fill('Anna Andersson')
    await admin.getByLabel('E-postadress').fill('anna@example.se')
    await choosePassword(admin)
    await admin.getByRole('button', { name: 'Skapa administratör' }).click()
    await admin.waitForURL('**/administration/personer')
    const lost = await invite(admin, 'Bo Berg', 'bo@example.se')
    await personRow(admin, 'Bo Berg').getByRole('button', { name: 'Ny inbjudningslänk till Bo Berg' }).click()
    const fresh = await shownLink(admin, lost)
    const states = admin.getByTestId('invitations')
    await expect.poll(() => states.textContent()).toContain('Ersatt eller återkallad')
    expect(await states.textContent()).toContain('Väntar')
    await expectAccessible(admin, 'administration: people with actions and links')
    await screenshot(admin, 'administration-people')

    bo = await device()
    await bo.goto(lost)
    await choosePassword(bo)
    await bo.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
    await bo.getByRole('alert').filter({ hasText: 'inte giltig' }).waitFor()
    await bo.goto(fresh)
    await choosePassword(bo)
    await bo.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
    await bo.waitForURL((url) => url.pathname === '/')
  })

  it('Bo changes his own password and sees where he is signed in', async () => {
    await bo.goto('/konto')
    await bo.getByLabel('Nuvarande lösenord').fill(PASSWORD)
    await bo.getByLabel('Välj lösenord').fill('aaaaaaaaaa')
    await bo.getByLabel('Upprepa lösenordet').fill('aaaaaaaaaa')
    await bo.getByRole('button', { name: 'Byt lösenord' }).click()
    await bo.getByText('Lösenordet upprepar sig').waitFor()
    await choosePassword(bo, NEW_PASSWORD)
    await bo.getByRole('button', { name: 'Byt lösenord' }).click()
    await bo.getByRole('status').filter({ hasText: 'Lösenordet är bytt' }).waitFor()
    await expect.poll(() => bo.getByTestId('sessions').textContent()).toContain('Den här webbläsaren')
    await expectAccessible(bo, 'own account')
  })

  it('Bo ends a sign-in on another device; that device is signed out', async () => {
    const tablet = await device()
    await signIn(tablet, 'bo@example.se', NEW_PASSWORD)
    await tablet.waitForURL((url) => url.pathname === '/')
    await bo.reload()
    const end = bo.getByRole('button', { name: /^Logga ut inloggningen från/ })
    await end.waitFor()
    await end.click()
    await bo.getByRole('status').filter({ hasText: 'Inloggningen är avslutad.' }).waitFor()
    await tablet.goto('/beslut')
    await tablet.waitForURL((url) => url.pathname === '/logga-in')
  })

  it('the administrator disables Bo (signed out at once) and enables him again', async () => {
    await admin.goto('/administration/personer')
    await personRow(admin, 'Bo Berg').getByRole('button', { name: 'Inaktivera Bo Berg' }).click()
    await expectAccessible(admin, 'disable dialog')
    await admin.getByRole('dialog').getByRole('button', { name: 'Inaktivera' }).click()
    await admin.getByRole('status').filter({ hasText: 'Bo Berg är inaktiverad' }).waitFor()
    await expect.poll(() => personRow(admin, 'Bo Berg').textContent()).toContain('Inaktiverad')
    await bo.goto('/beslut')
    await bo.waitForURL((url) => url.pathname === '/logga-in')
    await signIn(bo, 'bo@example.se', NEW_PASSWORD)
    await bo.getByTestId('sign-in-error').waitFor()

    await personRow(admin, 'Bo Berg').getByRole('button', { name: 'Aktivera Bo Berg' }).click()
    await admin.getByRole('status').filter({ hasText: 'Bo Berg är aktiverad igen.' }).waitFor()
    await signIn(bo, 'bo@example.se', NEW_PASSWORD)
    await bo.waitForURL((url) => url.pathname === '/')
  })

  it('a reset link lets Bo choose a new password; the old one stops working', async () => {
    const shown = admin.getByTestId('invitation-link').getByRole('textbox')
    const previous = (await shown.count()) > 0 ? await shown.inputValue() : ''
    await personRow(admin, 'Bo Berg').getByRole('button', { name: 'Länk för nytt lösenord till Bo Berg' }).click()
    const reset = await shownLink(
      admin,
      previous === '' ? '' : `${new URL(previous).pathname}${new URL(previous).search}`,
    )
    const phone = await device()
    await phone.goto(reset)
    await choosePassword(phone, RESET_PASSWORD)
    await phone.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
    await phone.waitForURL((url) => url.pathname === '/')
    await bo.goto('/beslut')
    await bo.waitForURL((url) => url.pathname === '/logga-in')
    await signIn(bo, 'bo@example.se', NEW_PASSWORD)
    await bo.getByTestId('sign-in-error').waitFor()
  })

  it('a commenter is offered neither renaming nor the trash; an editor is', async () => {
    const cia = createAccount(server, 'Cia Carlsson', 'cia@example.se')
    const eva = createAccount(server, 'Eva Ek', 'eva@example.se')
    const group = createGroup(server, 'Arbetsgrupp Barn', [
      [cia, 'commenter'],
      [eva, 'editor'],
    ])
    const editor = await signedIn(browser, server, eva)
    contexts.push(editor.context)
    await createGroupDocument(editor.page, { title: 'Handlingsplan barn', type: 'actionPlan', groupId: group })
    const commenter = await signedIn(browser, server, cia)
    contexts.push(commenter.context)
    for (const page of [commenter.page, editor.page]) {
      await page.goto('/')
      await page.getByRole('link', { name: 'Handlingsplan barn' }).waitFor()
    }
    expect(await commenter.page.getByRole('button', { name: /^Byt namn|^Flytta till papperskorgen/ }).count()).toBe(0)
    expect(await editor.page.getByRole('button', { name: 'Byt namn på Handlingsplan barn' }).count()).toBe(1)
    await expectAccessible(commenter.page, 'document list as a commenter')
  })
})
