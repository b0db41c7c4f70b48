import { describe, expect, it } from 'vitest'
import { blocks, createDocument, waitForSyncStatus } from './appActions.js'
import { expectAccessible, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

/** Members as a secretary copies them from last time's protocol in Word. */
const MEMBERS = [
  'Närvarande ledamöter:',
  'Eva Andersson, Invånarrepresentant',
  'Karl-Johan Bergström Lindqvist, Mörbylånga kommun',
  'Lisa Månsson Ek,',
  'Kommunförbundet i Kalmar län',
  'Nils Öst, Region Kalmar län (tf)',
  'Anna Holm\tutvecklingsledare\tRegion Kalmar län',
].join('\n')

describe('attendance by pasting', () => {
  it('adds a pasted list of people in one go, each field in its place and readable on tablets', async () => {
    const page = await app.person('Cecilia Ek')
    const url = await createDocument(page, 'Protokoll med närvarolista')
    const members = blocks(page, 'attendanceList').first()
    await members.getByRole('button', { name: 'Klistra in lista' }).click()
    const box = members.getByLabel('Klistra in deltagarlistan')
    await box.fill(MEMBERS)
    await members.getByText('Listan läses som 5 personer.').waitFor()
    await expectAccessible(page, 'attendance paste panel')
    await members.getByRole('button', { name: 'Lägg till 5 personer' }).click()

    const rows = members.locator('[data-block-type="attendee"]')
    await expect.poll(() => rows.count()).toBe(5)
    const values = (index: number) =>
      Promise.all(
        ['Namn', 'Organisation', 'Roll'].map((label) =>
          rows.nth(index).getByLabel(label, { exact: true }).inputValue(),
        ),
      )
    expect(await values(0)).toEqual(['Eva Andersson', '', 'Invånarrepresentant'])
    expect(await values(1)).toEqual(['Karl-Johan Bergström Lindqvist', 'Mörbylånga kommun', ''])
    expect(await values(2)).toEqual(['Lisa Månsson Ek', 'Kommunförbundet i Kalmar län', ''])
    expect(await values(4)).toEqual(['Anna Holm', 'Region Kalmar län', 'utvecklingsledare'])
    expect(await rows.nth(3).getByLabel('Tf', { exact: true }).isChecked()).toBe(true)
    await waitForSyncStatus(page, 'synced')

    // Long names fit their field on tablets in both orientations.
    for (const [viewport, name] of [
      [TABLET_LANDSCAPE, 'attendance-1024x768'],
      [TABLET_PORTRAIT, 'attendance-768x1024'],
    ] as const) {
      await page.setViewportSize(viewport)
      await page.goto(url)
      const field = blocks(page, 'attendanceList')
        .first()
        .locator('[data-block-type="attendee"]')
        .nth(1)
        .getByLabel('Namn', { exact: true })
      await field.waitFor()
      const fits = await field.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)
      expect(fits, `the name is whole at ${viewport.width}×${viewport.height}`).toBe(true)
      await field.scrollIntoViewIfNeeded()
      await screenshot(page, name)
      await expectAccessible(page, `attendance list at ${viewport.width}`)
    }
  })
})
