import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, PASSWORD, signedIn, type Account } from './accounts.js'
import { documentText, editor, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
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
  bosse = createAccount(server, 'Bo Berg', 'bo@example.se')
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

async function tablet(account: Account): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, { viewport: TABLET_PORTRAIT, hasTouch: true })
  contexts.push(context)
  return page
}

/** How many rows the app's IndexedDB holds in each store (read in the page, as the app stores them). */
function storedRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('samskriv')
        open.onerror = () => reject(new Error('cannot open the database'))
        open.onsuccess = () => {
          const db = open.result
          const names = ['documents', 'updates', 'syncStates', 'settings']
          const counts: Record<string, number> = {}
          const transaction = db.transaction(names, 'readonly')
          for (const name of names) {
            const request = transaction.objectStore(name).count()
            request.onsuccess = () => (counts[name] = request.result)
          }
          transaction.oncomplete = () => {
            db.close()
            resolve(counts)
          }
        }
      }),
  )
}

/** Opens the sign-out dialog from the user menu. */
async function openSignOut(page: Page, name: string) {
  await page.getByRole('button', { name: `Du: ${name}` }).click()
  await page.getByRole('button', { name: 'Logga ut' }).click()
  return page.getByRole('dialog', { name: 'Logga ut' })
}

describe('signing out on a shared tablet', () => {
  let title: string
  let documentId: string

  it('removes this device’s copies by default when everything is synced', async () => {
    const bo = await tablet(bosse)
    title = 'Praktisk anvisning hemgång'
    documentId = await createGroupDocument(bo, { title, type: 'guidance', groupId })
    await bo.goto(`/dokument/${documentId}`)
    await editor(bo).waitFor()
    await typeAtEnd(bo, 'Kommunen kontaktas före hemgång.')
    await waitForSyncStatus(bo, 'synced')
    expect((await storedRows(bo)).documents).toBe(1)

    const dialog = await openSignOut(bo, 'Bo Berg')
    await dialog.getByText('Allt på enheten är synkat med servern.').waitFor()
    const remove = dialog.getByLabel('Ta bort dokumenten från den här enheten')
    expect(await remove.isChecked()).toBe(true)
    await expectAccessible(bo, 'sign-out dialog, everything synced (tablet)')
    await screenshot(bo, 'sign-out-synced-768x1024')
    await dialog.getByRole('button', { name: 'Logga ut och ta bort' }).click()
    await bo.waitForURL((url) => url.pathname === '/logga-in')
    await bo.getByText('Du är utloggad. Dokumenten har tagits bort från den här enheten.').waitFor()
    await expectAccessible(bo, 'signed out, copies removed')
    expect(await storedRows(bo)).toMatchObject({ documents: 0, updates: 0, syncStates: 0 })
  })

  it('says what is unsynced, waits for it, and offers removal once it is synced', async () => {
    const bo = await tablet(bosse)
    await bo.goto(`/dokument/${documentId}`)
    await expect.poll(() => documentText(bo)).toContain('Kommunen kontaktas före hemgång.')
    await waitForSyncStatus(bo, 'synced')
    await bo.context().setOffline(true)
    await waitForSyncStatus(bo, 'offline')
    await typeAtEnd(bo, ' Anhöriga informeras.')

    const dialog = await openSignOut(bo, 'Bo Berg')
    await dialog.getByText(`Ändringar i ”${title}”`).waitFor()
    await dialog.getByText('Enheten är offline.', { exact: false }).waitFor()
    const remove = dialog.getByLabel('Ta bort dokumenten från den här enheten')
    expect(await remove.isChecked()).toBe(false)
    expect(await remove.isDisabled()).toBe(true)
    await expectAccessible(bo, 'sign-out dialog with unsynced work (tablet)')
    await screenshot(bo, 'sign-out-unsynced-768x1024')

    // Back online the change is sent; the dialog sees it and now offers (and chooses) removal.
    await bo.context().setOffline(false)
    await bo.waitForSelector('[data-testid="sign-out-state"][data-unsynced="false"]', { timeout: 20_000 })
    await expect.poll(() => remove.isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Logga ut och ta bort' }).click()
    await bo.getByText('Du är utloggad. Dokumenten har tagits bort från den här enheten.').waitFor()
    expect((await storedRows(bo)).documents).toBe(0)

    const coordinator = await tablet(cecilia)
    await coordinator.goto(`/dokument/${documentId}`)
    await expect.poll(() => documentText(coordinator)).toContain('Anhöriga informeras.')
  })

  it('signing out with unsynced work keeps it all on the device, and it is sent at the next sign-in', async () => {
    const bo = await tablet(bosse)
    await bo.goto(`/dokument/${documentId}`)
    await expect.poll(() => documentText(bo)).toContain('Anhöriga informeras.')
    await waitForSyncStatus(bo, 'synced')
    await bo.context().setOffline(true)
    await waitForSyncStatus(bo, 'offline')
    await typeAtEnd(bo, ' Skrivet före utloggningen.')

    const dialog = await openSignOut(bo, 'Bo Berg')
    await dialog.getByText(`Ändringar i ”${title}”`).waitFor()
    await dialog.getByRole('button', { name: 'Logga ut', exact: true }).click()
    await bo.waitForURL((url) => url.pathname === '/logga-in')
    await bo.getByText('Du är utloggad. Dokumenten finns kvar på den här enheten.').waitFor()
    expect((await storedRows(bo)).documents).toBe(1)

    await bo.context().setOffline(false)
    const answer = await bo
      .context()
      .request.post('/api/auth/login', { data: { email: bosse.email, password: PASSWORD } })
    expect(answer.ok()).toBe(true)
    await bo.goto('/')
    const coordinator = await tablet(cecilia)
    await coordinator.goto(`/dokument/${documentId}`)
    await expect.poll(() => documentText(coordinator), { timeout: 30_000 }).toContain('Skrivet före utloggningen.')
  })
})

describe('opening a document one cannot', () => {
  it('tells a document that does not exist from one without access', async () => {
    const olle = createAccount(server, 'Olle Utanför', 'olle@example.se')
    const { context, page } = await signedIn(browser, server, olle, { viewport: TABLET_PORTRAIT, hasTouch: true })
    contexts.push(context)
    const owner = await tablet(cecilia)
    const id = await createGroupDocument(owner, { title: 'Gruppens protokoll', type: 'protocol', groupId })

    await page.goto(`/dokument/${id}`)
    await page.getByRole('heading', { name: 'Du har inte tillgång till dokumentet' }).waitFor()
    await page.getByText('Dokumentet finns, men du är inte med i gruppen som äger det.', { exact: false }).waitFor()
    expect(await page.getByText('Kopian på den här enheten har tagits bort.', { exact: false }).count()).toBe(0)
    await expectAccessible(page, 'no access to a document')

    await page.goto('/dokument/AAAAAAAAAAAAAAAAAAAAA')
    await page.getByRole('heading', { name: 'Dokumentet hittades inte' }).waitFor()
    await page.getByText('Det finns inget dokument med den här adressen. Kontrollera länken.').waitFor()
    await expectAccessible(page, 'no such document')
  })
})
