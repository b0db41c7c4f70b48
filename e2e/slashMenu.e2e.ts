import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { blocks, createDocument, editor, waitForSyncStatus } from './appActions.js'
import { expectAccessible, screenshot, TABLET_PORTRAIT } from './browser.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

/** Puts the caret at the end of the first agenda item's text. */
async function caretInFirstItem(page: Page): Promise<void> {
  const paragraph = blocks(page, 'agendaItem').first().locator('p').last()
  await paragraph.click()
  await page.keyboard.press('End')
}

const menu = (page: Page) => page.getByRole('listbox', { name: 'Infoga här' })

describe('the "/" menu', () => {
  it('inserts a block at the cursor by typing, filtering and Enter, and closes with Escape', async () => {
    const page = await app.person('Cecilia Ek', { viewport: TABLET_PORTRAIT, hasTouch: true })
    await createDocument(page, 'Protokoll med snabbval')
    const item = blocks(page, 'agendaItem').first()
    expect(await item.locator('[data-block-type="decision"]').count()).toBe(0)

    await caretInFirstItem(page)
    await page.keyboard.type('/')
    await menu(page).waitFor()
    await expectAccessible(page, 'slash menu open')
    await screenshot(page, 'slash-menu-768x1024')
    await page.keyboard.type('bes')
    await expect.poll(() => menu(page).getByRole('option').allTextContents()).toEqual(['Beslut'])
    await page.keyboard.press('Enter')
    await menu(page).waitFor({ state: 'detached' })
    // The decision is in this item, the "/bes" gone, and the cursor in the decision's title.
    await expect.poll(() => item.locator('[data-block-type="decision"]').count()).toBe(1)
    expect(await editor(page).textContent()).not.toContain('/bes')
    await page.keyboard.type('Budget 2027')
    await expect.poll(() => item.locator('[data-block-type="decision"]').first().textContent()).toContain('Budget 2027')

    // Escape leaves the "/" as typed text.
    await caretInFirstItem(page)
    await page.keyboard.press('Enter')
    await page.keyboard.type('och /')
    await menu(page).waitFor()
    await page.keyboard.press('Escape')
    await menu(page).waitFor({ state: 'detached' })
    await page.keyboard.type('eller')
    expect(await editor(page).textContent()).toContain('och /eller')
    await waitForSyncStatus(page, 'synced')
  })
})
