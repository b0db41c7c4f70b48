import { describe, expect, it } from 'vitest'
import { blocks, createDocument, waitForSyncStatus } from './appActions.js'
import { expectAccessible } from './browser.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

const user = (name: string) => app.person(name)

describe('registers and template placeholders', () => {
  it('lists no empty template decision or activity, however many documents are started', async () => {
    const page = await user('Cecilia Ek')
    for (const title of ['Protokoll 1', 'Protokoll 2', 'Protokoll 3']) {
      await page.goto('/')
      await createDocument(page, title)
      await blocks(page, 'decision').first().waitFor()
      await waitForSyncStatus(page, 'synced')
    }
    await page.goto('/')
    await createDocument(page, 'Handlingsplan 2027', 'Handlingsplan')
    await blocks(page, 'activity').first().waitFor()
    await waitForSyncStatus(page, 'synced')

    // Each protocol's "protocol filed" decision has text; the empty decision beside it is no entry.
    await page.goto('/beslut')
    await expect.poll(() => page.locator('.register-card').count(), { timeout: 15_000 }).toBe(3)
    expect(await page.getByText('Beslut utan rubrik').count()).toBe(0)
    await expectAccessible(page, 'decision register without placeholders')

    await page.goto('/aktiviteter')
    await page.getByText('Det finns inga aktiviteter ännu.').waitFor()
    expect(await page.getByText('Aktivitet utan beskrivning').count()).toBe(0)
  })
})
