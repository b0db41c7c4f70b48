import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { blocks, createDocument, openApprovalCheck, waitForSyncStatus } from './appActions.js'
import { expectAccessible, screenshot } from './browser.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

const user = (name: string) => app.person(name)

/** The first agenda item's details, opened. */
async function openFirstItemDetails(page: Page) {
  const item = blocks(page, 'agendaItem').first()
  await item.getByRole('button', { name: 'Uppgifter om paragrafen' }).click()
  return item
}

const checkIssues = async (page: Page): Promise<string[]> => {
  const dialog = await openApprovalCheck(page)
  const issues = await dialog.locator('.check-list__issue').allTextContents()
  await dialog.getByRole('button', { name: 'Stäng' }).click()
  return issues
}

describe('attachments', () => {
  it('adds a link attachment, keeps an unfinished one in the form, and removes it', async () => {
    const page = await user('Cecilia Ek')
    const url = await createDocument(page, 'Protokoll med bilagor')
    let item = await openFirstItemDetails(page)

    // A finished link, typed without https:// as people do.
    await item.getByRole('button', { name: 'Lägg till bilaga' }).click()
    await item.getByLabel('Visas som').last().fill('Bildspel om hemsjukvård')
    await item.getByLabel('Adress').last().fill('www.example.se/bildspel.pdf')
    await page.keyboard.press('Tab')
    // A second row left without an address.
    await item.getByRole('button', { name: 'Lägg till bilaga' }).click()
    await item.getByLabel('Visas som').last().fill('Rapport')
    await page.keyboard.press('Tab')
    await waitForSyncStatus(page, 'synced')

    // After a reload both rows are still there: an unfinished row no longer drops the list.
    await page.goto(url)
    item = await openFirstItemDetails(page)
    await expect.poll(() => item.getByLabel('Visas som').count()).toBe(2)
    expect(await item.getByLabel('Adress').first().inputValue()).toBe('https://www.example.se/bildspel.pdf')
    const link = item.getByRole('link', { name: 'Bildspel om hemsjukvård' })
    expect(await link.getAttribute('href')).toBe('https://www.example.se/bildspel.pdf')
    // Only the finished one is offered as a link.
    expect(await item.getByRole('link', { name: 'Rapport' }).count()).toBe(0)
    await expectAccessible(page, 'agenda item with attachments')
    await screenshot(page, 'attachments-1280x800')

    // The check list says, in Swedish, which attachment lacks what.
    expect(await checkIssues(page)).toContain('Bilagan ”Rapport” under ”Mötets öppnande” saknar adress.')

    // An address that is no link is marked in the form and reported.
    await item.getByLabel('Adress').last().fill('bilaga.docx')
    await page.keyboard.press('Tab')
    await item.getByText('Adressen ska börja med https:// eller http://.').waitFor()
    expect(await checkIssues(page)).toContain(
      'Bilagan ”Rapport” under ”Mötets öppnande” har en adress som inte är en länk (den ska börja med https://).',
    )

    // The unfinished row can be removed; the finished one stays.
    await item.getByRole('button', { name: 'Ta bort bilagan Rapport' }).click()
    await expect.poll(() => item.getByLabel('Visas som').count()).toBe(1)
    expect((await checkIssues(page)).filter((issue) => issue.includes('Bilagan'))).toEqual([])
    await waitForSyncStatus(page, 'synced')
    await page.goto(url)
    await blocks(page, 'agendaItem').first().getByRole('link', { name: 'Bildspel om hemsjukvård' }).waitFor()
  })
})
