import type { Page } from 'playwright-core'
import { EDITOR } from './appPage.js'

/** The letter typed: counted in the other page, so it need not be absent from the document. */
const KEY = 'z'

/** Puts the caret at the end of the editor's last editable paragraph. */
async function caretAtEnd(page: Page): Promise<void> {
  await page.locator(EDITOR).focus()
  await page.locator(EDITOR).evaluate((root) => {
    const last = [...root.querySelectorAll('p')].filter((p) => p.isContentEditable).at(-1)
    if (!last) return
    const range = document.createRange()
    range.selectNodeContents(last)
    range.collapse(false)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
  })
  // Let ProseMirror read the new selection before keys arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
}

interface Window {
  __benchKeys: number[]
  __benchPaints: number[]
}

/**
 * Types `count` keys one at a time in `writer` and measures, for each, the time from its keydown
 * event in the writer to the first frame painted in `reader` after the letter arrived there (both
 * pages in one browser, so both clocks are the same wall clock: `timeOrigin + timeStamp`).
 */
export async function keystrokeLatency(writer: Page, reader: Page, count: number): Promise<number[]> {
  await caretAtEnd(writer)
  await writer.evaluate(() => {
    const w = window as unknown as Window
    w.__benchKeys = []
    addEventListener('keydown', (event) => w.__benchKeys.push(performance.timeOrigin + event.timeStamp), true)
  })
  await reader.locator(EDITOR).evaluate((editor, key) => {
    const w = window as unknown as Window
    w.__benchPaints = []
    const countKeys = () => (editor.textContent ?? '').split(key).length - 1
    let seen = countKeys()
    new MutationObserver(() => {
      const now = countKeys()
      for (; seen < now; seen++) {
        requestAnimationFrame(() =>
          setTimeout(() => w.__benchPaints.push(performance.timeOrigin + performance.now()), 0),
        )
      }
    }).observe(editor, { subtree: true, childList: true, characterData: true })
  }, KEY)
  for (let i = 1; i <= count; i++) {
    await writer.keyboard.press(KEY)
    await reader.waitForFunction((n) => (window as unknown as Window).__benchPaints.length >= n, i, {
      timeout: 30_000,
      polling: 20,
    })
    // A pause as between a person's keystrokes, so each travels on its own.
    await writer.waitForTimeout(120)
  }
  const keys = await writer.evaluate(() => (window as unknown as Window).__benchKeys)
  const paints = await reader.evaluate(() => (window as unknown as Window).__benchPaints)
  return keys.slice(0, count).map((key, i) => (paints[i] ?? NaN) - key)
}
