import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createGroup, createGroupDocument, signedIn, type Account } from './accounts.js'
import { blocks, readingView, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { approveInUi, pdfText, versionsOf, waitForLock } from './approvalActions.js'
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
  groupId = createGroup(server, 'Samordnande grupp Äldre', [
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

const ACTIVITY = 'Kartlägga personer med komplexa behov'

/** The follow-up of one activity in the plan's follow-up panel. */
const followUpOf = (page: Page, activity: string) =>
  page.getByTestId('follow-up').locator('.plan-follow-up__activity').filter({ hasText: activity })

/** Records a follow-up from the plan's panel. */
async function followUp(page: Page, input: { status?: string; doneDate?: string; comment?: string }): Promise<void> {
  await page.getByRole('button', { name: `Följ upp: ${ACTIVITY}` }).click()
  const form = page.getByRole('form', { name: `Följ upp: ${ACTIVITY}` })
  if (input.status) await form.getByLabel('Status').selectOption({ label: input.status })
  if (input.doneDate) await form.getByLabel('Genomförd datum (valfritt)').fill(input.doneDate)
  if (input.comment) await form.getByLabel('Kommentar').fill(input.comment)
  await form.getByRole('button', { name: 'Spara uppföljningen' }).click()
  await form.waitFor({ state: 'detached' })
}

/** The plan's follow-up log as the server has it. */
async function serverLog(page: Page, id: string): Promise<Array<{ status: string | null; comment: string }>> {
  const answer = await page.request.get(`/api/documents/${id}/follow-up`)
  expect(answer.ok()).toBe(true)
  return ((await answer.json()) as { entries: Array<{ status: string | null; comment: string }> }).entries
}

describe('following up an approved action plan', () => {
  let coordinator: Page
  let writer: Page
  let planId: string
  let hash: string

  it('approves a plan; its activity is then followed up beside the text, which stays as approved', async () => {
    coordinator = await person(cecilia)
    planId = await createGroupDocument(coordinator, { title: 'Handlingsplan Äldre 2026', type: 'actionPlan', groupId })
    await coordinator.goto(`/dokument/${planId}`)
    const activity = blocks(coordinator, 'activity').first()
    await activity.locator('.block__content p').first().click()
    await coordinator.keyboard.type(ACTIVITY)
    await activity.getByLabel('Ansvarig', { exact: true }).fill('Utvecklingsledare Äldre')
    await activity.getByLabel('Till', { exact: true }).fill('2026-06-30')
    await waitForSyncStatus(coordinator, 'synced')
    await approveInUi(coordinator, 'Samordnande grupp Äldre')
    await waitForLock(coordinator, 'approved')
    const versions = await versionsOf(coordinator, planId)
    expect(versions).toHaveLength(1)
    hash = versions[0]!.hash

    writer = await person(bosse, TABLET_PORTRAIT)
    await writer.goto(`/dokument/${planId}`)
    await waitForLock(writer, 'approved')
    await followUpOf(writer, ACTIVITY).getByText('Inte uppföljd ännu.').waitFor()
    await followUp(writer, { status: 'Pågående', comment: 'Intervjuer i tre kommuner är klara.' })
    await writer.getByText(`Uppföljningen av ”${ACTIVITY}” är sparad.`).waitFor()
    const shown = followUpOf(writer, ACTIVITY)
    await expect.poll(() => shown.textContent()).toContain('1 uppföljning')
    expect(await shown.textContent()).toContain('Pågående')
    expect(await shown.textContent()).toContain('I planen: Planerad')
    expect(await shown.textContent()).toContain('Intervjuer i tre kommuner är klara.')
    // The approved text did not change and cannot: it is shown for reading, nothing to type in.
    await readingView(writer).waitFor()
    expect(await writer.locator('[contenteditable]').count()).toBe(0)
    await expectAccessible(writer, 'approved plan with its follow-up (tablet)')
    await screenshot(writer, 'follow-up-plan-768x1024')

    // The coordinator's open page learns of it (the server's notice), without reloading.
    await expect
      .poll(() => followUpOf(coordinator, ACTIVITY).textContent(), { timeout: 15_000 })
      .toContain('Intervjuer i tre kommuner är klara.')
  })

  it('records the status chosen in the activity overview as the plan’s follow-up', async () => {
    await coordinator.goto('/aktiviteter')
    const statusControl = coordinator.getByLabel(`Status för ${ACTIVITY}`)
    await expect.poll(() => statusControl.inputValue(), { timeout: 15_000 }).toBe('ongoing')
    await statusControl.selectOption({ label: 'Avbruten' })
    await coordinator
      .getByText(`Planen är godkänd: statusen för ”${ACTIVITY}” sparades som uppföljning (Avbruten).`)
      .waitFor()
    expect(await statusControl.inputValue()).toBe('cancelled')
    await expectAccessible(coordinator, 'activity overview with a followed-up plan')
    expect((await serverLog(coordinator, planId)).map((e) => e.status)).toEqual(['ongoing', 'cancelled'])
  })

  it('follows up offline on a tablet; the entries reach the server when it is back online', async () => {
    await writer.goto(`/dokument/${planId}`)
    await waitForLock(writer, 'approved')
    await expect.poll(() => followUpOf(writer, ACTIVITY).textContent()).toContain('2 uppföljningar')
    await writer.context().setOffline(true)
    await followUp(writer, { status: 'Genomförd', doneDate: '2026-05-20', comment: 'Kartläggningen är klar.' })
    await writer.getByText(`Uppföljningen av ”${ACTIVITY}” är sparad på enheten`, { exact: false }).waitFor()
    const shown = followUpOf(writer, ACTIVITY)
    await expect.poll(() => shown.textContent()).toContain('Genomförd 20 maj 2026')
    await shown.getByText(/3 uppföljningar/).click()
    await shown.getByText('Ej synkad').waitFor()
    await expectAccessible(writer, 'follow-up written offline (tablet)')
    await screenshot(writer, 'follow-up-offline-768x1024')

    // The overview read from the device shows it too, and takes another follow-up offline.
    await writer.getByRole('link', { name: 'Aktiviteter', exact: true }).click()
    const statusControl = writer.getByLabel(`Status för ${ACTIVITY}`)
    await expect.poll(() => statusControl.inputValue(), { timeout: 15_000 }).toBe('done')
    expect(await writer.locator('tr').filter({ has: statusControl }).textContent()).toContain('Genomförd 20 maj 2026')
    await statusControl.selectOption({ label: 'Pågående' })
    await writer.getByText('sparades som uppföljning (Pågående) på enheten', { exact: false }).waitFor()
    await expectAccessible(writer, 'activity overview offline with follow-up')
    expect(await serverLog(coordinator, planId)).toHaveLength(2)

    await writer.context().setOffline(false)
    await expect
      .poll(async () => (await serverLog(coordinator, planId)).map((e) => e.status), { timeout: 45_000 })
      .toEqual(['ongoing', 'cancelled', 'done', 'ongoing'])
    // The approved version is as it was: one version, the same hash.
    const versions = await versionsOf(coordinator, planId)
    expect(versions.map((v) => v.hash)).toEqual([hash])
  })

  it('reports the period’s follow-up as PDF', async () => {
    const pdf = await coordinator.request.get(
      `/api/documents/${planId}/follow-up/report.pdf?from=2026-01-01&to=2099-12-31`,
    )
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.body()))
    expect(text).toContain(ACTIVITY)
    expect(text).toContain('Kartläggningen är klar.')
    await coordinator.goto(`/dokument/${planId}`)
    await waitForLock(coordinator, 'approved')
    const links = coordinator.getByRole('link', { name: /^Rapport som / })
    expect(await links.count()).toBe(2)
  })
})
