import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, openDocumentAs, signedIn, type Account } from './accounts.js'
import { documentText, editor, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { approveInUi, versionsOf, waitForLock } from './approvalActions.js'
import { expectAccessible, launchBrowser, screenshot, TABLET_LANDSCAPE } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
let cecilia: Account
let dan: Account
let groupId: string

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  cecilia = createAccount(server, 'Cecilia Samordnare', 'cecilia@example.se')
  dan = createAccount(server, 'Dan Redaktör', 'dan@example.se')
  groupId = createGroup(server, 'Samordnande grupp Äldre', [
    [cecilia, 'coordinator'],
    [dan, 'editor'],
  ])
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

const open = (account: Account, id: string, viewport?: { width: number; height: number }) =>
  openDocumentAs(browser, server, contexts, account, id, viewport)

const OFFLINE_TEXT = 'Skrivet offline efter godkännandet.'

describe('offline edits across an approval', () => {
  let id: string
  let coordinator: Page
  let editorPage: Page
  let approvedHash: string

  it('come back as a proposal: the editor is told, the approved content is unchanged', async () => {
    const { context, page } = await signedIn(browser, server, cecilia)
    contexts.push(context)
    coordinator = page
    id = await createGroupDocument(coordinator, { title: 'Handlingsplan äldre 2027', type: 'actionPlan', groupId })
    await coordinator.goto(`/dokument/${id}`)
    await editor(coordinator).waitFor()

    editorPage = await open(dan, id, TABLET_LANDSCAPE)
    await typeAtEnd(editorPage, 'Före godkännandet.')
    await waitForSyncStatus(editorPage, 'synced')
    await expect.poll(() => documentText(coordinator)).toContain('Före godkännandet.')
    // The editor may not approve.
    expect(await editorPage.getByRole('button', { name: 'Godkänn…' }).count()).toBe(0)

    await editorPage.context().setOffline(true)
    await waitForSyncStatus(editorPage, 'offline')
    await typeAtEnd(editorPage, ` ${OFFLINE_TEXT}`)
    await waitForSyncStatus(editorPage, 'saved-locally')

    await approveInUi(coordinator, 'Samordnande grupp Äldre')
    await waitForLock(coordinator, 'approved')
    const [version] = await versionsOf(coordinator, id)
    approvedHash = version!.hash

    await editorPage.context().setOffline(false)
    const kept = editorPage.getByTestId('kept-edits')
    await expect
      .poll(() => kept.textContent(), { timeout: 30_000 })
      .toContain('Dina ändringar gjordes efter godkännandet och har sparats som ett förslag')
    // The device's copy is the approved one again, and stays so.
    await waitForLock(editorPage, 'approved', 30_000)
    await expect.poll(() => documentText(editorPage), { timeout: 15_000 }).toContain('Före godkännandet.')
    expect(await documentText(editorPage)).not.toContain(OFFLINE_TEXT)
    await expectAccessible(editorPage, 'editor told their offline edits became a proposal')
    await screenshot(editorPage, 'proposal-kept')

    const stored = await editorPage.evaluate(async (documentId) => {
      const open = indexedDB.open('samskriv')
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'))
      })
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('pendingProposals').objectStore('pendingProposals').count()
        request.onsuccess = () => resolve(request.result)
      })
      db.close()
      return { documentId, count }
    }, id)
    expect(stored.count, 'nothing left waiting on the device').toBe(0)

    const versions = await versionsOf(coordinator, id)
    expect(versions).toHaveLength(1)
    expect(versions[0]?.hash).toBe(approvedHash)
    const body = await (await coordinator.request.get(`/api/documents/${id}/versions/1`)).text()
    expect(body).toContain('Före godkännandet.')
    expect(body).not.toContain(OFFLINE_TEXT)
  })

  it('is listed for the coordinator, who carries it into the next revision', async () => {
    await coordinator.reload()
    // The approved version opens for reading.
    await coordinator.getByTestId('reading-view').waitFor()
    const section = coordinator.getByRole('region', { name: 'Godkännande' })
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain(OFFLINE_TEXT)
    await expect.poll(() => section.textContent()).toContain('Från Dan Redaktör')
    await expectAccessible(coordinator, 'proposal listed for the coordinator')

    await coordinator.getByRole('button', { name: 'Öppna revision 2' }).click()
    await waitForLock(coordinator, 'draft')
    await coordinator.getByRole('button', { name: /^Ta in i revisionen/ }).click()
    await expect.poll(() => documentText(coordinator), { timeout: 15_000 }).toContain(OFFLINE_TEXT)
    await expect.poll(() => section.textContent()).not.toContain('Från Dan Redaktör')
    expect((await versionsOf(coordinator, id))[0]?.hash).toBe(approvedHash)
  })

  it('keeps a proposal on the device while the server cannot take it, and sends it later', async () => {
    await waitForLock(editorPage, 'draft', 30_000)
    await expect.poll(() => documentText(editorPage), { timeout: 15_000 }).toContain(OFFLINE_TEXT)
    await editorPage.context().setOffline(true)
    await waitForSyncStatus(editorPage, 'offline')
    await typeAtEnd(editorPage, ' Andra omgången offline.')
    await waitForSyncStatus(editorPage, 'saved-locally')
    await approveInUi(coordinator, 'Samordnande grupp Äldre')
    await waitForLock(coordinator, 'approved')
    expect((await versionsOf(coordinator, id)).map((v) => v.number).sort()).toEqual([1, 2])

    // The proposal cannot reach the server when the device reconnects.
    const refuse = (route: Route) => route.abort('connectionfailed')
    // The app sends a proposal as its update, with the revision in the query.
    const proposalRequests = /\/api\/documents\/[^/]+\/proposals(\?.*)?$/
    await editorPage.context().route(proposalRequests, refuse)
    await editorPage.context().setOffline(false)
    const kept = editorPage.getByTestId('kept-edits')
    await expect
      .poll(() => kept.textContent(), { timeout: 30_000 })
      .toContain('De sparas som ett förslag när servern kan nås')
    await expect.poll(() => kept.textContent()).toContain('Förslag som väntar på att skickas från enheten: 1')
    await waitForLock(editorPage, 'approved', 30_000)
    await expect.poll(() => documentText(editorPage), { timeout: 15_000 }).not.toContain('Andra omgången offline.')
    await expectAccessible(editorPage, 'proposal waiting on the device')

    // Back in reach: the app sends it when it starts (or comes online, or within half a minute).
    await editorPage.context().unroute(proposalRequests, refuse)
    await editorPage.reload()
    await expect
      .poll(() => editorPage.getByTestId('kept-edits').textContent(), { timeout: 40_000 })
      .not.toContain('Förslag som väntar')
    await coordinator.reload()
    const section = coordinator.getByRole('region', { name: 'Godkännande' })
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain('Andra omgången offline.')
    const version2 = await (await coordinator.request.get(`/api/documents/${id}/versions/2`)).text()
    expect(version2).toContain(OFFLINE_TEXT)
    expect(version2).not.toContain('Andra omgången offline.')

    // The coordinator dismisses it: it leaves the list, and version 2 stays as approved.
    expect(await coordinator.getByRole('button', { name: /^Ta in i revisionen/ }).count()).toBe(0)
    await coordinator.getByRole('button', { name: 'Avvisa: förslaget från Dan Redaktör' }).click()
    await expect.poll(() => section.textContent()).not.toContain('Andra omgången offline.')
    const proposals = (await (await coordinator.request.get(`/api/documents/${id}/proposals`)).json()) as {
      proposals: Array<{ status: string }>
    }
    expect(proposals.proposals.map((p) => p.status).sort()).toEqual(['applied', 'dismissed'])
    expect(await (await coordinator.request.get(`/api/documents/${id}/versions/2`)).text()).toBe(version2)
  })
})
