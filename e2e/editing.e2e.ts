import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createDocument,
  documentText,
  editor,
  enterName,
  moreTool,
  typeAtEnd,
  waitForSyncStatus,
} from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot } from './browser.js'

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

async function user(name: string): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl)
  contexts.push(context)
  await enterName(page, name)
  return page
}

const tool = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

describe('editing', () => {
  let cecilia: Page
  let david: Page
  let documentUrl: string

  it('formats headings, lists, bold, italic, links and tables, and a co-writer sees the same structure', async () => {
    cecilia = await user('Cecilia Ek')
    documentUrl = await createDocument(cecilia, 'Praktisk anvisning utskrivning', 'Praktisk anvisning')
    // After the template's parts, at the empty paragraph that always ends the document.
    await editor(cecilia).focus()
    await cecilia.keyboard.press('Control+End')
    await cecilia.getByRole('combobox', { name: 'Stycketyp' }).selectOption({ label: 'Rubrik 1' })
    await cecilia.keyboard.type('Syfte')
    await cecilia.keyboard.press('Enter')
    await cecilia.keyboard.type('Anvisningen gäller ')
    await tool(cecilia, 'Fetstil').click()
    await cecilia.keyboard.type('alla kommuner')
    await tool(cecilia, 'Fetstil').click()
    await cecilia.keyboard.type(' och ')
    await tool(cecilia, 'Kursiv').click()
    await cecilia.keyboard.type('regionen')
    await tool(cecilia, 'Kursiv').click()
    await cecilia.keyboard.press('Enter')
    await tool(cecilia, 'Punktlista').click()
    await cecilia.keyboard.type('Kommunen planerar')
    await cecilia.keyboard.press('Enter')
    await cecilia.keyboard.type('Regionen skriver ut')
    await cecilia.keyboard.press('Enter')
    await cecilia.keyboard.press('Enter')
    await tool(cecilia, 'Numrerad lista').click()
    await cecilia.keyboard.type('Första steget')
    await cecilia.keyboard.press('Enter')
    await cecilia.keyboard.press('Enter')
    await moreTool(cecilia, 'Infoga tabell')
    await cecilia.keyboard.type('Part')
    // Links last: keys ProseMirror handles itself (Enter) right after a native caret move can race.
    // The caret goes to the last text (the table's last cell) directly: Ctrl+End is the browser's
    // own move, which may stop elsewhere before a block that has no text (the document facts).
    await typeAtEnd(cecilia, 'Bildspel')
    await cecilia.keyboard.press('Shift+Home')
    await tool(cecilia, 'Länk').click()
    await cecilia.getByLabel('Adress').fill('https://example.se/bildspel.pdf')
    await expectAccessible(cecilia, 'link dialog')
    await cecilia.getByRole('button', { name: 'Spara länk' }).click()
    // Focus is back in the text, so writing goes on where it was.
    await expect.poll(() => editor(cecilia).evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await waitForSyncStatus(cecilia, 'synced')

    const structure = (page: Page) =>
      editor(page).evaluate((element) => {
        const root = element.cloneNode(true) as HTMLElement
        root.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
        return {
          h1: root.querySelector('h1')?.textContent,
          strong: root.querySelector('strong')?.textContent,
          em: root.querySelector('em')?.textContent,
          bullets: [...root.querySelectorAll('ul > li')].map((li) => li.textContent),
          numbered: [...root.querySelectorAll('ol > li')].map((li) => li.textContent),
          link: root.querySelector('a')?.getAttribute('href'),
          tableCells: root.querySelectorAll('table th, table td').length,
          firstHeader: root.querySelector('table th')?.textContent,
        }
      })
    const expected = {
      h1: 'Syfte',
      strong: 'alla kommuner',
      em: 'regionen',
      bullets: ['Kommunen planerar', 'Regionen skriver ut'],
      numbered: ['Första steget'],
      link: 'https://example.se/bildspel.pdf',
      tableCells: 9,
      firstHeader: 'Part',
    }
    expect(await structure(cecilia)).toEqual(expected)
    await expectAccessible(cecilia, 'editor with table')
    await screenshot(cecilia, 'editor-formatting')

    david = await user('David Falk')
    await david.goto(documentUrl)
    await expect.poll(() => structure(david)).toEqual(expected)
  })

  it('undoes only your own edits', async () => {
    await typeAtEnd(cecilia, ' Ceciliasord')
    await expect.poll(() => documentText(david)).toContain('Ceciliasord')
    await typeAtEnd(david, ' Davidsord')
    await expect.poll(() => documentText(cecilia)).toContain('Davidsord')
    await tool(cecilia, 'Ångra').click()
    for (const page of [cecilia, david]) {
      await expect.poll(() => documentText(page)).not.toContain('Ceciliasord')
      expect(await documentText(page)).toContain('Davidsord')
    }
    await tool(cecilia, 'Gör om').click()
    await expect.poll(() => documentText(david)).toContain('Ceciliasord')
  })

  it('renames a document from the list, moves it to the trash and restores it', async () => {
    await david.getByRole('link', { name: 'Till dokumentlistan' }).click()
    await david.getByRole('button', { name: 'Byt namn på Praktisk anvisning utskrivning' }).click()
    const dialog = david.getByRole('dialog')
    await expectAccessible(david, 'rename dialog')
    await dialog.getByLabel('Titel').fill('Praktisk anvisning vid utskrivning')
    await dialog.getByRole('button', { name: 'Spara' }).click()
    await expect
      .poll(() => cecilia.getByTestId('document-title').inputValue())
      .toBe('Praktisk anvisning vid utskrivning')

    await david.getByRole('button', { name: 'Flytta till papperskorgen: Praktisk anvisning vid utskrivning' }).click()
    await david.getByRole('dialog').getByRole('button', { name: 'Flytta till papperskorgen', exact: true }).click()
    await expect.poll(() => david.getByRole('link', { name: 'Praktisk anvisning vid utskrivning' }).count()).toBe(0)
    await david.getByRole('link', { name: 'Papperskorg' }).click()
    await expectAccessible(david, 'trash')
    await david.getByRole('button', { name: 'Återställ Praktisk anvisning vid utskrivning' }).click()
    await david.getByRole('link', { name: 'Dokument', exact: true }).click()
    await expect.poll(() => david.getByRole('link', { name: 'Praktisk anvisning vid utskrivning' }).count()).toBe(1)
  })
})
