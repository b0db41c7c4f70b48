import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { blocks, createDocument, documentText, editor, waitForSyncStatus } from './appActions.js'
import { DESKTOP, expectAccessible, screenshot, TABLET_PORTRAIT } from './browser.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

const BODY = 'Samverkansområdesgrupp Habilitering/rehabilitering'

/** The group's ten members, as the secretary pastes them the first time. */
const MEMBERS = [
  ['Helena Borg', 'Kalmar kommun'],
  ['Oskar Lindahl', 'Region Kalmar län'],
  ['Maja Sjöberg', 'Nybro kommun'],
  ['Tomas Ek', 'Västerviks kommun'],
  ['Sara Wiklund', 'Region Kalmar län'],
  ['Jonas Åkesson', 'Emmaboda kommun'],
  ['Linnea Falk', 'Hultsfreds kommun'],
  ['Anders Nyqvist', 'Kommunförbundet'],
  ['Petra Holmgren', 'Oskarshamns kommun'],
  ['Erik Dahl', 'Brukarrepresentant'],
] as const

const titleOf = (block: ReturnType<typeof blocks>) => block.locator('samskriv-block-title').first()

/** The agenda items' titles, in order. */
function agendaTitles(page: Page): Promise<string[]> {
  return blocks(page, 'agendaItem').evaluateAll((items) =>
    items.map((item) => item.querySelector('samskriv-block-title')?.textContent ?? ''),
  )
}

/** The name fields of a list's rows, in order. */
function names(page: Page, list = 0): Promise<string[]> {
  return blocks(page, 'attendanceList')
    .nth(list)
    .locator('[data-block-type="attendee"]')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('input')?.value ?? ''))
}

/** Types into an empty title of a typed block (an agenda item, decision or information point). */
async function typeTitle(page: Page, block: ReturnType<typeof blocks>, text: string): Promise<void> {
  await titleOf(block).click()
  await page.keyboard.type(text)
}

describe('a protocol from the previous one', () => {
  it('starts the next meeting from the last protocol: people and standing items, not its matters', async () => {
    const page = await app.person('Ingrid Sekreterare')

    // Protocol 1, from the template: the body's first meeting, written in full.
    await createDocument(page, 'Protokoll Hab/rehab 2026-09-11')
    const header = blocks(page, 'meetingHeader')
    await header.getByLabel('Beslutande organ').fill(BODY)
    await header.getByLabel('Mötesdatum').fill('2026-09-11')
    await header.getByLabel('Plats').fill('Regionhuset, Kalmar')
    await header.getByLabel('Ordförande').fill('Helena Borg')
    await header.getByLabel('Justerare').fill('Tomas Ek')
    await header.getByLabel('Justerare').press('Tab')
    expect(await agendaTitles(page)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordningen',
      'Föregående mötesprotokoll',
      'Lägesrapporter från de samordnande grupperna',
      'Informationspunkter',
      'Beslutspunkter',
      'Övrig fråga',
      'Mötets avslutande',
    ])
    const members = blocks(page, 'attendanceList').first()
    await members.getByRole('button', { name: 'Klistra in lista' }).click()
    await members.getByLabel('Klistra in deltagarlistan').fill(MEMBERS.map(([n, o]) => `${n}, ${o}`).join('\n'))
    await members.getByRole('button', { name: 'Lägg till 10 personer' }).click()
    await expect.poll(() => names(page)).toEqual(MEMBERS.map(([n]) => n))
    // No earlier protocol of this body: nothing to copy from.
    expect(await members.getByRole('button', { name: 'Hämta närvaro från föregående protokoll' }).count()).toBe(0)

    await typeTitle(page, blocks(page, 'informationItem').first(), 'Hjälpmedelsförsörjningen')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Upphandlingen av nya rullstolar är klar i oktober.')
    const decision = blocks(page, 'decision').nth(1)
    await typeTitle(page, decision, 'Gemensam remissrutin')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Gruppen beslutar att anta den gemensamma remissrutinen.')
    await waitForSyncStatus(page, 'synced')

    // Protocol 2 starts from protocol 1, named by its title and meeting date.
    await page.goto('/')
    await page.getByLabel('Titel', { exact: true }).fill('Protokoll Hab/rehab 2026-10-23')
    const fromPrevious = page.getByRole('radio', {
      name: /Utgå från föregående protokoll: Protokoll Hab\/rehab 2026-09-11/,
    })
    await fromPrevious.waitFor()
    expect(await page.getByRole('radio', { name: /Mallen för protokoll/ }).isChecked()).toBe(true)
    expect(await page.getByText(`${BODY}, mötet 11 sep. 2026.`, { exact: false }).count()).toBe(1)
    await fromPrevious.check()
    await expectAccessible(page, 'create form with the previous protocol offered')
    await screenshot(page, 'previous-protocol-create-1280x800')
    await page.getByRole('button', { name: 'Skapa dokument' }).click()
    await editor(page).waitFor()
    const second = page.url()

    await expect.poll(() => blocks(page, 'meetingHeader').getByLabel('Beslutande organ').inputValue()).toBe(BODY)
    const header2 = blocks(page, 'meetingHeader')
    expect(await header2.getByLabel('Ordförande').inputValue()).toBe('Helena Borg')
    expect(await header2.getByLabel('Justerare').inputValue()).toBe('Tomas Ek')
    expect(await header2.getByLabel('Plats').inputValue()).toBe('Regionhuset, Kalmar')
    expect(await header2.getByLabel('Mötesdatum').inputValue()).toBe('')
    expect(await names(page)).toEqual(MEMBERS.map(([n]) => n))
    const titles = await agendaTitles(page)
    for (const standing of [
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordningen',
      'Föregående mötesprotokoll',
      'Övrig fråga',
      'Mötets avslutande',
    ])
      expect(titles).toContain(standing)
    const text = await documentText(page)
    expect(text).not.toContain('Gemensam remissrutin')
    expect(text).not.toContain('rullstolar')
    expect(text).not.toContain('Hjälpmedelsförsörjningen')

    // Two members are away; one of them sends a stand-in.
    await header2.getByLabel('Mötesdatum').fill('2026-10-23')
    const rows = blocks(page, 'attendanceList').first().locator('[data-block-type="attendee"]')
    await rows.nth(2).getByLabel('Frånvarande', { exact: true }).check()
    await rows.nth(6).getByLabel('Frånvarande', { exact: true }).check()
    await rows.nth(2).getByRole('button', { name: 'Lägg till ersättare för Maja Sjöberg' }).click()
    const standIn = rows.nth(3)
    await expect.poll(() => standIn.getByLabel('Tf för').inputValue()).toBe('Maja Sjöberg')
    // The new row's name has focus: the stand-in's name is simply typed.
    await page.keyboard.type('Greta Nord')
    await page.keyboard.press('Tab')
    expect(await standIn.getByLabel('Organisation', { exact: true }).inputValue()).toBe('Nybro kommun')
    expect(await standIn.getByLabel('Tf', { exact: true }).isChecked()).toBe(true)
    await blocks(page, 'attendanceList').first().getByText('2 frånvarande').waitFor()
    await waitForSyncStatus(page, 'synced')
    await expectAccessible(page, 'attendance with absent members and a stand-in')
    await rows.nth(2).scrollIntoViewIfNeeded()
    await screenshot(page, 'previous-protocol-attendance-1280x800')
    await page.setViewportSize(TABLET_PORTRAIT)
    await page.goto(second)
    await rows.nth(3).getByLabel('Tf för').waitFor()
    expect(await rows.nth(2).getByLabel('Frånvarande', { exact: true }).isChecked()).toBe(true)
    expect(await rows.nth(7).getByLabel('Frånvarande', { exact: true }).isChecked()).toBe(true)
    expect(await names(page)).toHaveLength(11)
    await rows.nth(2).scrollIntoViewIfNeeded()
    await screenshot(page, 'previous-protocol-attendance-768x1024')
    await expectAccessible(page, 'attendance with absent members at 768')
    await page.setViewportSize(DESKTOP)

    // Protocol 3 from the template: once it names the body, the members come in one click, next to
    // what was pasted; last time's stand-in does not.
    await page.goto('/')
    await createDocument(page, 'Protokoll Hab/rehab 2026-12-04')
    await blocks(page, 'meetingHeader').getByLabel('Beslutande organ').fill(BODY)
    await blocks(page, 'meetingHeader').getByLabel('Beslutande organ').press('Tab')
    const list3 = blocks(page, 'attendanceList').first()
    await list3.getByRole('button', { name: 'Klistra in lista' }).click()
    await list3.getByLabel('Klistra in deltagarlistan').fill('Oskar Lindahl, Region Kalmar län')
    await list3.getByRole('button', { name: 'Lägg till 1 person' }).click()
    const copy = list3.getByRole('button', { name: 'Hämta närvaro från föregående protokoll' })
    await copy.waitFor()
    expect(await list3.getByText('Från Protokoll Hab/rehab 2026-10-23, mötet 23 okt. 2026.').count()).toBe(1)
    await copy.click()
    await list3.getByText('9 personer lades till från föregående protokoll.').waitFor()
    const expected = ['Oskar Lindahl', ...MEMBERS.map(([n]) => n).filter((n) => n !== 'Oskar Lindahl')]
    expect(await names(page)).toEqual(expected)
    expect(
      await list3
        .getByLabel('Frånvarande', { exact: true })
        .evaluateAll((b) => b.some((c) => (c as HTMLInputElement).checked)),
    ).toBe(false)
    await copy.click()
    await list3.getByText('Alla från föregående protokoll finns redan i listan.').waitFor()
    expect(await names(page)).toHaveLength(10)
    await expectAccessible(page, 'attendance copied from the previous protocol')
    await list3.scrollIntoViewIfNeeded()
    await screenshot(page, 'previous-protocol-copy-attendance-1280x800')
    await waitForSyncStatus(page, 'synced')
  })
})
