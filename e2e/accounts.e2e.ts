import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember, choosePassword, invite, PASSWORD, signIn } from './accountActions.js'
import { createDocument, documentText, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startAppServer({ openMode: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

async function device(viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, viewport ? { viewport } : {})
  contexts.push(context)
  return page
}

const GROUP = 'Samordnande grupp Äldre'
const TITLE = 'Handlingsplan Äldre 2027'
const OLD_TITLE = 'Protokoll från före kontona'

describe('accounts and roles', () => {
  let admin: Page
  let bo: Page
  let cilla: Page
  let documentPath: string
  const invitations: Record<string, string> = {}

  it('creates the first administrator from the link the server printed', async () => {
    admin = await device()
    // Before the first account the server runs open: a name for presence, and anyone may write.
    await enterName(admin, 'Anna')
    await createDocument(admin, OLD_TITLE)
    await typeAtEnd(admin, 'Skrivet innan konton fanns.')
    await waitForSyncStatus(admin, 'synced')
    await admin.goto(await server.setupPath())
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).textContent()).toBe('Installera Samskriv')
    await expectAccessible(admin, 'first start')
    await admin.getByLabel('Namn', { exact: true }).fill('Anna Andersson')
    await admin.getByLabel('E-postadress').fill('anna@example.se')
    await choosePassword(admin)
    await admin.getByRole('button', { name: 'Skapa administratör' }).click()
    await admin.waitForURL('**/administration/personer')
    await expect.poll(() => admin.getByRole('button', { name: 'Du: Anna Andersson' }).count()).toBe(1)
    await expectAccessible(admin, 'administration: people')
  })

  it('creates a group and invites people, showing each one-time link', async () => {
    await admin.goto('/administration/grupper')
    await admin.getByLabel('Gruppens namn').fill(GROUP)
    await admin.getByLabel('Typ av grupp').selectOption({ label: 'Samordnande grupp' })
    await admin.getByRole('button', { name: 'Skapa grupp' }).click()
    await admin.getByRole('link', { name: GROUP }).waitFor()
    await expectAccessible(admin, 'administration: groups')

    invitations.bo = await invite(admin, 'Bo Berg', 'bo@example.se')
    await expectAccessible(admin, 'administration: invitation link')
    invitations.cilla = await invite(admin, 'Cilla Carlsson', 'cilla@example.se')
    expect(invitations.bo).toMatch(/^\/inbjudan\?token=/)
    await expect.poll(() => admin.getByTestId('user-row').count()).toBe(3)

    await addMember(admin, GROUP, 'Bo Berg', 'redigerare')
    await addMember(admin, GROUP, 'Cilla Carlsson', 'läsare')
    await expectAccessible(admin, 'administration: members')
  })

  it('creates a document in the group and lists it with its group and status', async () => {
    await admin.goto('/')
    documentPath = new URL(await createDocument(admin, TITLE, 'Handlingsplan')).pathname
    await typeAtEnd(admin, 'Anna skriver.')
    await waitForSyncStatus(admin, 'synced')
    await admin.goto('/')
    const row = admin.getByRole('row', { name: new RegExp(TITLE) })
    await expect.poll(() => row.textContent()).toContain(GROUP)
    await expect.poll(() => row.getByTestId('document-status').textContent()).toBe('Utkast')
    await expectAccessible(admin, 'document list with groups')
  })

  it('an administrator gives a document from before accounts to a group', async () => {
    await admin.goto('/')
    const row = admin.getByRole('row', { name: new RegExp(OLD_TITLE) })
    await expect.poll(() => row.textContent()).toContain('Ingen grupp')
    await row.getByRole('button', { name: `Ge till grupp: ${OLD_TITLE}` }).click()
    await expectAccessible(admin, 'give to group dialog')
    await admin.getByRole('dialog').getByLabel('Grupp').selectOption({ label: GROUP })
    await admin.getByRole('dialog').getByRole('button', { name: 'Ge till gruppen' }).click()
    await expect.poll(() => row.textContent()).toContain(GROUP)
  })

  it('an invited editor chooses a password, is signed in and edits', async () => {
    bo = await device(TABLET_PORTRAIT)
    await bo.goto(invitations.bo ?? '')
    await expectAccessible(bo, 'invitation')
    await choosePassword(bo)
    await bo.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
    await bo.getByRole('link', { name: TITLE }).click()
    await expect.poll(() => documentText(bo)).toContain('Anna skriver.')
    await typeAtEnd(bo, ' Bo skriver.')
    await waitForSyncStatus(bo, 'synced')
    await admin.goto(documentPath)
    await expect.poll(() => documentText(admin)).toContain('Bo skriver.')
    // Signed in, presence uses the account's name: no name is asked for.
    await expect.poll(() => bo.getByLabel('Ditt namn').count()).toBe(0)
  })

  it('a reader sees the document read-only: typing does nothing and a banner says why', async () => {
    cilla = await device()
    await cilla.goto(invitations.cilla ?? '')
    await choosePassword(cilla)
    await cilla.getByRole('button', { name: 'Spara lösenord och logga in' }).click()
    await cilla.getByRole('link', { name: TITLE }).click()
    await expect.poll(() => documentText(cilla)).toContain('Bo skriver.')
    const banner = cilla.getByTestId('read-only-banner')
    await expect.poll(() => banner.textContent()).toContain('Du har läsbehörighet')
    // A reader gets the reading view: nothing to type in, and typing changes nothing.
    const reading = cilla.getByTestId('reading-view')
    await reading.waitFor()
    expect(await cilla.locator('[contenteditable="true"], main input, main textarea').count()).toBe(0)
    const before = await documentText(cilla)
    await reading.click()
    await cilla.keyboard.type('Cilla försöker skriva.')
    expect(await documentText(cilla)).toBe(before)
    await expectAccessible(cilla, 'reading view, read-only')
  })

  it('refuses a wrong password with a clear message', async () => {
    const stranger = await device()
    await signIn(stranger, 'anna@example.se', 'fel lösenord helt och hållet')
    const error = stranger.getByTestId('sign-in-error')
    await expect.poll(() => error.textContent()).toBe('Fel e-postadress eller lösenord.')
    await expectAccessible(stranger, 'sign-in with an error')
    await signIn(stranger, 'anna@example.se', PASSWORD)
    await stranger.waitForURL((url) => url.pathname === '/')
  })

  it('removing someone from the group removes the document from their device', async () => {
    await bo.goto('/')
    await bo.getByRole('link', { name: TITLE }).waitFor()
    await bo.goto(documentPath)
    await expect.poll(() => documentText(bo)).toContain('Bo skriver.')

    await admin.goto('/administration/grupper')
    await admin.getByRole('link', { name: GROUP }).click()
    await admin.getByRole('button', { name: 'Ta bort Bo Berg ur gruppen' }).click()
    await admin.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
    await admin.getByRole('status').filter({ hasText: 'Bo Berg är borttagen ur gruppen.' }).waitFor()

    await bo.getByRole('heading', { name: 'Du har inte tillgång till dokumentet' }).waitFor({ timeout: 30_000 })
    await bo.goto('/')
    await expect.poll(() => bo.getByTestId('access-lost').textContent()).toContain(TITLE)
    await expect.poll(() => bo.getByRole('link', { name: TITLE }).count()).toBe(0)
    const storedUpdates = await bo.evaluate(
      (id) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('samskriv')
          request.onerror = () => reject(new Error(String(request.error)))
          request.onsuccess = () => {
            const db = request.result
            const index = db.transaction('updates').objectStore('updates').index('documentId')
            const count = index.count(id)
            count.onsuccess = () => resolve(count.result)
            count.onerror = () => reject(new Error(String(count.error)))
          }
        }),
      documentPath.split('/').at(-1) ?? '',
    )
    expect(storedUpdates).toBe(0)
    await expectAccessible(bo, 'document list after losing access')
    await bo.getByRole('button', { name: 'Jag förstår' }).click()
    await expect.poll(() => bo.getByTestId('access-lost').count()).toBe(0)
  })

  it('a device that was signed in keeps working offline, read-only where its role says so', async () => {
    await cilla.goto('/')
    await cilla.getByRole('link', { name: TITLE }).waitFor()
    await cilla.context().setOffline(true)
    await cilla.reload()
    await cilla.getByRole('link', { name: TITLE }).click()
    await expect.poll(() => documentText(cilla)).toContain('Bo skriver.')
    expect(new URL(cilla.url()).pathname).toBe(documentPath)
    await expect.poll(() => cilla.getByTestId('read-only-banner').textContent()).toContain('Du har läsbehörighet')
    await cilla.getByTestId('reading-view').waitFor()
    expect(await cilla.locator('[contenteditable="true"]').count()).toBe(0)
    await cilla.context().setOffline(false)
  })

  it('keeps an audit log for administrators', async () => {
    await admin.goto('/administration/logg')
    const table = admin.getByRole('table')
    await expect.poll(() => table.textContent()).toContain('Första administratören skapad')
    expect(await table.textContent()).toContain('Roll ändrad')
    expect(await table.textContent()).toContain('Misslyckad inloggning')
    expect(await table.textContent()).toContain('Dokument flyttat till grupp')
    // By title and name, linked, never by id.
    const moved = table.locator('tr').filter({ hasText: 'Dokument flyttat till grupp' }).first()
    expect(await moved.locator('a').first().getAttribute('href')).toMatch(/^\/dokument\//)
    expect(await table.getByRole('link', { name: 'Cilla Carlsson' }).count()).toBeGreaterThan(0)
    await expectAccessible(admin, 'administration: audit log')
  })

  it('signs out from the user menu, and the app then asks for sign-in', async () => {
    await cilla.goto('/')
    await cilla.getByRole('button', { name: 'Du: Cilla Carlsson' }).click()
    await expectAccessible(cilla, 'user menu')
    await cilla.getByRole('button', { name: 'Logga ut' }).click()
    const dialog = cilla.getByRole('dialog', { name: 'Logga ut' })
    await expectAccessible(cilla, 'sign-out dialog')
    await dialog.getByRole('button', { name: /^Logga ut/ }).click()
    // One navigation, once the device's copies are dealt with: to sign-in, saying what became of them.
    await cilla.waitForURL((url) => url.pathname === '/logga-in' && url.searchParams.has('utloggad'))
    await cilla.getByText(/^Du är utloggad\./).waitFor()
    await cilla.goto(documentPath)
    await cilla.waitForURL((url) => url.pathname === '/logga-in')
    await expectAccessible(cilla, 'sign-in')
  })
})
