import type { BrowserContext, Page } from 'playwright-core'

/** The editable document body (`data-testid="editor"`, Tiptap's contenteditable). */
export const EDITOR = '[data-testid="editor"]'

/**
 * Opens the app on `page`, waits for its service worker and reloads once so the page is controlled
 * by it (a first visit never is), then answers the first-visit name question.
 */
export async function installApp(page: Page, name: string): Promise<void> {
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  const field = page.getByLabel('Ditt namn')
  await field.waitFor()
  await field.fill(name)
  await page.getByRole('button', { name: 'Spara' }).click()
  await field.waitFor({ state: 'detached' })
}

/** Opens a document's editor and waits until the relay has synced it (the device then stores it). */
export async function openSynced(page: Page, documentId: string, timeout = 120_000): Promise<void> {
  await page.goto(`/dokument/${documentId}`)
  await page.waitForSelector(`${EDITOR}[contenteditable="true"]`, { timeout })
  await page.waitForSelector('[data-testid="sync-status"][data-sync-status="synced"]', { timeout })
}

/** The first page of a context (a persistent context opens with one). */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage())
}
