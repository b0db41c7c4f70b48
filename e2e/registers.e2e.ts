import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  blocks,
  createDocument,
  cursorToEnd,
  editor,
  enterName,
  insertBlock,
  openApprovalCheck,
  waitForSyncStatus,
} from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

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

async function user(name: string, viewport = TABLET_LANDSCAPE): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, { viewport })
  contexts.push(context)
  await enterName(page, name)
  return page
}

/** A decision's card in the register. */
const decisionCard = (page: Page, title: string) => page.locator('.register-card').filter({ hasText: title })

/** A field of a decision's card (`data-field`). */
const cardField = (page: Page, title: string, field: string) =>
  decisionCard(page, title).locator(`[data-field="${field}"]`).first()

/** Opens a register page afresh until it lists what is expected (the server projects a moment after a change). */
async function openUntil(page: Page, path: string, ready: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(path)
        await page.locator('.register-results__count').filter({ hasNotText: 'Hämtar' }).waitFor()
        return ready()
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true)
}

/** Clicks a download link and reads the file the browser saved. */
async function downloadFrom(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) }
}

/** A CSV export's lines (after the byte-order mark), without the last line end. */
const csvLines = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

describe('decision register and activity overview', () => {
  let anna: Page
  let bo: Page
  let protocolUrl: string
  let planUrl: string

  it('builds a protocol with agenda items and decisions, and the register lists the decisions with their fields', async () => {
    anna = await user('Anna Andersson')
    protocolUrl = await createDocument(anna, 'Protokoll LGL 2026-02-06')
    // Start from an empty page rather than the template.
    await editor(anna).focus()
    await anna.keyboard.press('Control+a')
    await anna.keyboard.press('Backspace')
    await expect.poll(() => blocks(anna, 'agendaItem').count()).toBe(0)

    await insertBlock(anna, 'Mötesuppgifter')
    const header = blocks(anna, 'meetingHeader')
    await expect.poll(() => anna.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).not.toBe('')
    await header.getByLabel('Beslutande organ').fill('Länsgemensam ledning')
    await header.getByLabel('Mötesdatum').fill('2026-02-06')
    await header.getByLabel('Plats').fill('Regionhuset, Kalmar')

    await cursorToEnd(anna)
    await insertBlock(anna, 'Paragraf')
    await anna.keyboard.type('Välkomna')
    await anna.keyboard.press('Enter')
    await anna.keyboard.type('Ordföranden hälsade alla välkomna.')

    await cursorToEnd(anna)
    await insertBlock(anna, 'Paragraf')
    await anna.keyboard.type('Föregående mötesprotokoll')
    await insertBlock(anna, 'Beslut')
    await anna.keyboard.type('Föregående protokoll')
    await anna.keyboard.press('Enter')
    await anna.keyboard.type('Protokollet läggs till handlingarna.')
    await blocks(anna, 'decision')
      .nth(0)
      .getByLabel('Typ av beslut')
      .selectOption({ label: 'Protokoll till handlingarna' })

    // The insert menu by keyboard: it opens on its first choice, arrow keys move, Enter inserts.
    await cursorToEnd(anna)
    await anna.getByRole('button', { name: 'Infoga block' }).focus()
    await anna.keyboard.press('Enter')
    await expect.poll(() => anna.evaluate(() => document.activeElement?.textContent)).toBe('Paragraf')
    await anna.keyboard.press('ArrowDown')
    await expect.poll(() => anna.evaluate(() => document.activeElement?.textContent)).toBe('Övrig fråga')
    await anna.keyboard.press('ArrowUp')
    await anna.keyboard.press('Enter')
    await anna.keyboard.type('Samordnare för Nära vård')
    await anna.keyboard.press('Enter')
    await anna.keyboard.type('Förslaget presenterades av utvecklingsledaren.')
    await insertBlock(anna, 'Beslut')
    await anna.keyboard.type('Finansiering av samordnare')
    await anna.keyboard.press('Enter')
    await anna.keyboard.type('Länsgemensam ledning beslutar att finansiera en samordnare i 18 månader.')
    const funding = blocks(anna, 'decision').nth(1)
    await funding.getByLabel('Typ av beslut').selectOption({ label: 'Finansiering eller uppstart' })
    await funding.getByLabel('Berörd grupp').fill('Samordnande grupp Äldre')

    // Three numbered items, the decisions inside the second and third.
    await expect.poll(() => blocks(anna, 'agendaItem').count()).toBe(3)
    expect(await blocks(anna, 'agendaItem').locator('.block__number').allTextContents()).toEqual([
      'Paragraf 1.',
      'Paragraf 2.',
      'Paragraf 3.',
    ])
    expect(await blocks(anna, 'agendaItem').nth(2).locator('[data-block-type="decision"]').count()).toBe(1)
    await waitForSyncStatus(anna, 'synced')
    await expectAccessible(anna, 'protocol editor with typed blocks')
    await screenshot(anna, 'blocks-protocol-1024x768')

    await anna.getByRole('link', { name: 'Beslut', exact: true }).click()
    await openUntil(anna, '/beslut', async () => (await decisionCard(anna, 'Finansiering av samordnare').count()) === 1)
    expect(await anna.locator('.register-card').count()).toBe(2)
    // Newest first; both from the same meeting, in document order.
    expect(await anna.locator('.register-card__title').allTextContents()).toEqual([
      'Föregående protokoll',
      'Finansiering av samordnare',
    ])
    const title = 'Finansiering av samordnare'
    // A draft's decisions say so: they may still change.
    expect(await decisionCard(anna, title).locator('[data-source-status]').textContent()).toBe('Utkast – kan ändras')
    expect(await cardField(anna, title, 'date').textContent()).toBe('6 feb. 2026')
    expect(await cardField(anna, title, 'body').textContent()).toBe('Länsgemensam ledning')
    expect(await cardField(anna, title, 'kind').textContent()).toBe('Finansiering eller uppstart')
    expect(await cardField(anna, title, 'agendaItem').textContent()).toBe('3. Samordnare för Nära vård')
    expect(await cardField(anna, title, 'group').textContent()).toBe('Samordnande grupp Äldre')
    expect(await cardField(anna, title, 'text').textContent()).toBe(
      'Länsgemensam ledning beslutar att finansiera en samordnare i 18 månader.',
    )
    expect(await cardField(anna, 'Föregående protokoll', 'kind').textContent()).toBe('Protokoll till handlingarna')
    expect(await cardField(anna, 'Föregående protokoll', 'agendaItem').textContent()).toBe(
      '2. Föregående mötesprotokoll',
    )

    // Filters: by kind, and by free text.
    await anna.getByLabel('Typ av beslut').selectOption({ label: 'Finansiering eller uppstart' })
    await anna.getByRole('button', { name: 'Sök' }).click()
    await expect.poll(() => anna.locator('.register-card__title').allTextContents()).toEqual([title])
    expect(anna.url()).toContain('kind=funding')
    await anna.getByRole('button', { name: 'Rensa filter' }).click()
    await anna.getByLabel('Fritext').fill('handlingarna')
    await anna.getByRole('button', { name: 'Sök' }).click()
    await expect.poll(() => anna.locator('.register-card__title').allTextContents()).toEqual(['Föregående protokoll'])
    await anna.getByRole('button', { name: 'Rensa filter' }).click()
    await expect.poll(() => anna.locator('.register-card').count()).toBe(2)

    // The document link goes to the decision in its protocol, which is shown and highlighted.
    await decisionCard(anna, title).getByRole('link', { name: 'Protokoll LGL 2026-02-06' }).click()
    await editor(anna).waitFor()
    expect(anna.url()).toMatch(/\/dokument\/[^#]+#.+/)
    const arrived = editor(anna).locator('.block--highlighted [data-block-type]').first()
    await expect.poll(() => arrived.getAttribute('data-block-type')).toBe('decision')
    expect(await arrived.textContent()).toContain('Finansiering av samordnare')
    await expect
      .poll(() =>
        arrived.evaluate((element) => {
          const box = element.getBoundingClientRect()
          return box.top >= 0 && box.top < window.innerHeight
        }),
      )
      .toBe(true)
  })

  it('builds a plan whose activity follows up a decision, and changes its status from the overview for everyone', async () => {
    await anna.goto('/')
    planUrl = await createDocument(anna, 'Handlingsplan Äldre 2026', 'Handlingsplan')
    const plan = blocks(anna, 'groupPlan')
    await plan.getByLabel('Grupp', { exact: true }).fill('Samordnande grupp Äldre')
    await plan.getByLabel('Planperiod från (år)').fill('2026')
    await plan.getByLabel('Planperiod till (år)').fill('2026')

    // The template's activity in the improvement area.
    const first = blocks(anna, 'activity').first()
    await first.locator('.block__content p').first().click()
    await anna.keyboard.type('Kartlägga personer med komplexa behov')
    await first.getByLabel('Ansvarig', { exact: true }).fill('Utvecklingsledare Äldre')
    await first.getByLabel('Från', { exact: true }).fill('2026-01-15')
    await first.getByLabel('Till', { exact: true }).fill('2026-06-30')

    // A second activity after it, from the insert menu, linked to the funding decision.
    await first.locator('.block__content p').first().click()
    await insertBlock(anna, 'Aktivitet')
    await anna.keyboard.type('Ta fram rutin för in- och utskrivning')
    const routine = blocks(anna, 'activity').filter({ hasText: 'Ta fram rutin för in- och utskrivning' })
    await expect.poll(() => routine.count()).toBe(1)
    await routine.getByLabel('Ansvarig', { exact: true }).fill('Samordnare Nära vård')
    await routine.getByLabel('Till', { exact: true }).fill('2026-12-31')
    await routine.getByRole('button', { name: 'Fler uppgifter' }).click()
    await routine.getByRole('button', { name: 'Välj beslut' }).click()
    const picker = anna.getByRole('dialog', { name: 'Välj kopplat beslut' })
    await picker.getByLabel('Sök bland besluten').fill('samordnare')
    await picker.getByRole('button', { name: /Finansiering av samordnare/ }).click()
    await expect.poll(() => routine.locator('.decision-link').textContent()).toContain('Finansiering av samordnare')
    // It sits in the improvement area, after the first activity.
    expect(await blocks(anna, 'improvementArea').locator('[data-block-type="activity"]').count()).toBe(2)
    await waitForSyncStatus(anna, 'synced')
    await expectAccessible(anna, 'plan editor with typed blocks')
    await screenshot(anna, 'blocks-plan-1024x768')

    bo = await user('Bo Berg', TABLET_PORTRAIT)
    await bo.goto(planUrl)
    const bosRoutine = blocks(bo, 'activity').filter({ hasText: 'Ta fram rutin för in- och utskrivning' })
    await expect.poll(() => bosRoutine.getByLabel('Status', { exact: true }).inputValue()).toBe('planned')

    await anna.getByRole('link', { name: 'Aktiviteter', exact: true }).click()
    const statusControl = anna.getByLabel('Status för Ta fram rutin för in- och utskrivning')
    await openUntil(anna, '/aktiviteter', async () => (await statusControl.count()) === 1)
    const row = anna.locator('tr').filter({ has: statusControl })
    expect(await row.textContent()).toContain('Samordnare Nära vård')
    expect(await row.textContent()).toContain('Handlingsplan Äldre 2026 · Samordnande grupp Äldre')
    await expect.poll(() => row.locator('td').nth(2).textContent()).toContain('Finansiering av samordnare')

    await statusControl.selectOption({ label: 'Genomförd' })
    // Shown at once, and the plan itself changed: the other writer sees it in the editor.
    expect(await statusControl.inputValue()).toBe('done')
    await expect.poll(() => bosRoutine.getByLabel('Status', { exact: true }).inputValue()).toBe('done')
    await anna.getByText('”Ta fram rutin för in- och utskrivning” har nu status Genomförd.').waitFor()
    await expectAccessible(anna, 'activity overview')
    await screenshot(anna, 'activities-1024x768')
    await screenshot(bo, 'blocks-plan-768x1024')

    // The decision's follow-up in the register shows it done, with who was responsible.
    await openUntil(anna, '/beslut', async () =>
      ((await decisionCard(anna, 'Finansiering av samordnare').locator('.follow-up').textContent()) ?? '').includes(
        'Genomförd',
      ),
    )
    const followUp = decisionCard(anna, 'Finansiering av samordnare').locator('.follow-up')
    expect(await followUp.textContent()).toContain('Ta fram rutin för in- och utskrivning')
    expect(await followUp.textContent()).toContain('Ansvarig: Samordnare Nära vård')
    expect(await followUp.textContent()).toContain('Klart senast 31 dec. 2026')
    await expectAccessible(anna, 'decision register')
    await screenshot(anna, 'decisions-1024x768')
  })

  it('exports what the overview and the register list, as CSV and XLSX, with their filters', async () => {
    await anna.goto('/aktiviteter?status=done')
    await anna.locator('.register-results__count').filter({ hasNotText: 'Hämtar' }).waitFor()
    const csv = await downloadFrom(anna, 'Exportera som CSV')
    expect(csv.name).toMatch(/^aktivitetsoversikt-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = csvLines(csv.bytes)
    // The header and the one activity that is done (the other is planned).
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(
      'Handlingsplan;Grupp;Planperiod;Område;Aktivitet;Status;Ansvarig;Tidsram;Genomförd;Senaste uppföljning',
    )
    expect(lines[1]).toContain('Ta fram rutin för in- och utskrivning;Genomförd;Samordnare Nära vård')
    const xlsx = await downloadFrom(anna, 'Exportera som kalkylblad (Excel)')
    expect(xlsx.name).toMatch(/^aktivitetsoversikt-.*\.xlsx$/)
    const [activities] = await readXlsxFile(xlsx.bytes)
    expect(activities!.data.map((row) => row[4])).toEqual(['Aktivitet', 'Ta fram rutin för in- och utskrivning'])
    await expectAccessible(anna, 'activity overview with its exports')

    await anna.goto('/beslut?q=samordnare')
    await anna.locator('.register-results__count').filter({ hasNotText: 'Hämtar' }).waitFor()
    const listed = await anna.locator('.register-card').count()
    const [decisions] = await readXlsxFile((await downloadFrom(anna, 'Exportera som kalkylblad (Excel)')).bytes)
    expect(decisions!.sheet).toBe('Beslutsregister')
    expect(decisions!.data).toHaveLength(listed + 1)
    const funding = decisions!.data.find((row) => row[5] === 'Finansiering av samordnare')!
    expect(funding[9]).toBe('Ta fram rutin för in- och utskrivning (Samordnare Nära vård, Genomförd)')
    expect(csvLines((await downloadFrom(anna, 'Exportera som CSV')).bytes)).toHaveLength(listed + 1)
  })

  it('lists from the documents on the device while offline, says so, and changes a status offline', async () => {
    await anna.context().setOffline(true)
    await anna.getByRole('link', { name: 'Beslut', exact: true }).click()
    await anna.getByTestId('register-notice').waitFor()
    expect(await anna.getByTestId('register-notice').textContent()).toContain(
      'Du är offline. Listan visar beslut i dokument som finns på den här enheten.',
    )
    expect(await anna.getByTestId('register-notice').textContent()).toContain('aldrig har öppnats på enheten')
    await expect.poll(() => anna.locator('.register-card').count()).toBe(2)
    expect(await cardField(anna, 'Finansiering av samordnare', 'agendaItem').textContent()).toBe(
      '3. Samordnare för Nära vård',
    )
    expect(await decisionCard(anna, 'Finansiering av samordnare').locator('.follow-up').textContent()).toContain(
      'Genomförd',
    )

    await anna.getByRole('link', { name: 'Aktiviteter', exact: true }).click()
    await anna.getByTestId('register-notice').waitFor()
    expect(await anna.getByTestId('register-notice').textContent()).toContain(
      'Du är offline. Listan visar aktiviteter i dokument som finns på den här enheten.',
    )
    const statusControl = anna.getByLabel('Status för Kartlägga personer med komplexa behov')
    await statusControl.waitFor()
    // Filtering works offline too.
    await anna.getByLabel('Fritext').fill('kartlägga')
    await anna.getByRole('button', { name: 'Sök' }).click()
    await expect.poll(() => anna.locator('tbody tr').count()).toBe(1)
    await statusControl.selectOption({ label: 'Pågående' })
    await anna.getByText('Ändringen är sparad på enheten och synkas när du är ansluten.', { exact: false }).waitFor()
    expect(await statusControl.inputValue()).toBe('ongoing')
    await screenshot(anna, 'activities-offline-1024x768')
    await expectAccessible(anna, 'activity overview offline')

    // Back online, the background sync delivers the change to the other writer.
    const bosFirst = blocks(bo, 'activity').filter({ hasText: 'Kartlägga personer med komplexa behov' })
    expect(await bosFirst.getByLabel('Status', { exact: true }).inputValue()).toBe('planned')
    await anna.context().setOffline(false)
    await expect
      .poll(() => bosFirst.getByLabel('Status', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe('ongoing')
  })

  it('lists what to check before approval and goes to each block', async () => {
    await bo.goto(planUrl)
    await blocks(bo, 'activity').first().waitFor()
    const dialog = await openApprovalCheck(bo)
    const issues = dialog.locator('.check-list__issue')
    // The ongoing work's empty activity has neither a responsible nor a time frame.
    await expect
      .poll(() => issues.allTextContents())
      .toEqual(['En aktivitet utan beskrivning saknar ansvarig.', 'En aktivitet utan beskrivning saknar tidsram.'])
    await expectAccessible(bo, 'check list')
    await screenshot(bo, 'check-list-768x1024')
    await issues.first().click()
    const target = editor(bo).locator('.block--highlighted [data-block-type]').first()
    await expect.poll(() => target.getAttribute('data-block-type')).toBe('activity')
    expect(await target.evaluate((element) => element.closest('[data-block-type="ongoingWorkArea"]') !== null)).toBe(
      true,
    )
    // The cursor is in the activity's text, so writing starts there.
    await bo.keyboard.type('Stödja lokala samverkansnätverk')
    await expect.poll(() => target.textContent()).toContain('Stödja lokala samverkansnätverk')

    await bo.goto(protocolUrl)
    await blocks(bo, 'decision').first().waitFor()
    await openApprovalCheck(bo)
    await bo.getByText('Inga problem hittades.').waitFor()
    await screenshot(bo, 'blocks-protocol-768x1024')
    await bo.getByRole('button', { name: 'Stäng' }).click()
    await expectAccessible(bo, 'protocol editor in portrait')
  })

  it('looks right on tablets in both orientations', async () => {
    await anna.setViewportSize(TABLET_PORTRAIT)
    await anna.goto('/beslut')
    await anna.locator('.register-card').first().waitFor()
    await screenshot(anna, 'decisions-768x1024')
    await expectAccessible(anna, 'decision register in portrait')
    await anna.goto('/aktiviteter')
    await anna.locator('tbody tr').first().waitFor()
    await screenshot(anna, 'activities-768x1024')
    await expectAccessible(anna, 'activity overview in portrait')
    await bo.setViewportSize(TABLET_LANDSCAPE)
    await bo.goto(planUrl)
    await openApprovalCheck(bo)
    await bo.getByRole('dialog').waitFor()
    await screenshot(bo, 'check-list-1024x768')
  })
})
