import type { Locator, Page } from 'playwright-core'

/** Answers the first-visit name question, if it is asked. */
export async function enterName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Ditt namn')
  await field.waitFor()
  await field.fill(name)
  await page.getByRole('button', { name: 'Spara' }).click()
  await field.waitFor({ state: 'detached' })
}

/** Creates a document through the list page's form and waits for its editor. */
export async function createDocument(page: Page, title: string, typeLabel = 'Protokoll'): Promise<string> {
  // Exact: the list's search form beside it has labels holding these words too.
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: typeLabel })
  await page.getByRole('button', { name: 'Skapa dokument' }).click()
  await editor(page).waitFor()
  return page.url()
}

/** The editable document body. */
export const editor = (page: Page) => page.getByTestId('editor')

/** Chooses one of the rarer tools under the toolbar's "Mer" menu. */
export async function moreTool(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Mer', exact: true }).click()
  await page.getByRole('button', { name, exact: true }).click()
}

/** Opens "Kontroll före godkännande" (under "Mer") and returns its dialog. */
export async function openApprovalCheck(page: Page): Promise<Locator> {
  await moreTool(page, 'Kontroll före godkännande')
  const dialog = page.getByRole('dialog', { name: 'Kontroll före godkännande' })
  await dialog.waitFor()
  return dialog
}

/** The sync status element; its `data-sync-status` attribute is the machine-readable state. */
export const syncStatus = (page: Page) => page.getByTestId('sync-status')

/** Waits until the sync status is `state`. */
export async function waitForSyncStatus(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`[data-testid="sync-status"][data-sync-status="${state}"]`, { timeout })
}

/**
 * Types at the end of the document. Focuses the text itself rather than clicking the middle of the
 * editor, where a typed block's form field (a select) may be.
 */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await caretAtLastParagraph(page)
  await page.keyboard.type(text)
}

/**
 * Puts the caret at the end of the document's last editable paragraph (a document may end with a
 * block that has no text, such as an attendance list, where Ctrl+End would land nowhere useful).
 */
export async function caretAtLastParagraph(page: Page): Promise<void> {
  await editor(page).focus()
  await editor(page).evaluate((root) => {
    const paragraphs = [...root.querySelectorAll('p')].filter((p) => p.isContentEditable)
    const last = paragraphs.at(-1)
    if (!last) return
    const range = document.createRange()
    range.selectNodeContents(last)
    range.collapse(false)
    const selection = document.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  })
  // Let ProseMirror read the new selection before keys arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
}

/** The reading view of an approved or read-only document (laid out like its export). */
export const readingView = (page: Page) => page.getByTestId('reading-view')

/**
 * The document's text without other writers' caret labels: the editor's, or the reading view's
 * where the page shows the document for reading.
 */
export function documentText(page: Page): Promise<string> {
  return page
    .locator('[data-testid="editor"], [data-testid="reading-view"]')
    .first()
    .evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return copy.textContent ?? ''
    })
}

/** Inserts a block from the toolbar's "Infoga block" menu where the cursor is. */
export async function insertBlock(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Infoga block' }).click()
  await page.getByRole('list', { name: 'Block att infoga' }).getByRole('button', { name: label, exact: true }).click()
}

/** The typed blocks of one type in the editor (`data-block-type`), e.g. every decision. */
export const blocks = (page: Page, type: string) => editor(page).locator(`[data-block-type="${type}"]`)

/** Puts the cursor at the end of the document, after its last block. */
export async function cursorToEnd(page: Page): Promise<void> {
  await editor(page).focus()
  await page.keyboard.press('Control+End')
}
