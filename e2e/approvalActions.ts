import type { Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Approves the open document through the editor page's dialog, on behalf of `body`, optionally
 * linked to the decision found by searching the register for `decision`.
 */
export async function approveInUi(
  page: Page,
  body: string,
  decision?: { search: string; title: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Godkänn…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Godkänn dokumentet' })
  await dialog.getByLabel('Godkänns för (organ)').fill(body)
  if (decision) {
    await dialog.getByRole('button', { name: 'Välj beslut…' }).click()
    const picker = page.getByRole('dialog', { name: 'Välj kopplat beslut' })
    await picker.getByLabel('Sök bland besluten').fill(decision.search)
    await picker.getByRole('button', { name: new RegExp(decision.title) }).click()
    await picker.waitFor({ state: 'detached' })
    await dialog.getByText(new RegExp(decision.title)).waitFor()
  }
  await dialog.getByRole('button', { name: /^Godkänn version \d+$/ }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** An approved version as the API lists it (the fields the tests read). */
export interface VersionListed {
  number: number
  hash: string
  onBehalfOf: string
  approvedBy: { name: string }
  decision: { documentId: string; decisionId: string } | null
}

/** The approved versions as the API lists them (with the page's cookies). */
export async function versionsOf(page: Page, documentId: string): Promise<VersionListed[]> {
  const response = await page.request.get(`/api/documents/${documentId}/versions`)
  if (!response.ok()) throw new Error(`versions: HTTP ${response.status()}`)
  return ((await response.json()) as { versions: VersionListed[] }).versions
}

/** The document's status line in the editor header (`data-lock` is draft, frozen or approved). */
export const documentStatus = (page: Page) => page.getByTestId('document-status')

/** Waits until the editor page shows the lock `state`. */
export async function waitForLock(page: Page, state: 'draft' | 'frozen' | 'approved', timeout = 15_000): Promise<void> {
  await page.waitForSelector(`[data-testid="document-status"][data-lock="${state}"]`, { timeout })
}

/** The text of every page of a PDF, as a reader would copy it (pdf.js). */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await pdf.destroy()
  return pages.join('\n')
}
