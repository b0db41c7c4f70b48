import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Touch helpers for comments. Headless Chromium has no long-press word selection or selection
 * handles, so "selecting by touch" is done the way a tablet user does it, step by step: a real
 * touch tap (`page.touchscreen.tap`, which sends touch events) on the word, then the selection the
 * handles would make is set with the Selection API (the browser fires `selectionchange`, which the
 * editor reads as it would after dragging the handles). Every button is pressed with a touch tap
 * at its centre, after checking it is at least 44×44 px.
 */

/**
 * Finds `text` in the document body (it may span several text nodes, e.g. across a highlight),
 * scrolls it into view, and either returns its client rectangle or selects it.
 */
function locateText(page: Page, text: string, select: boolean) {
  return page.getByTestId('editor').evaluate(
    (root, { wanted, select }) => {
      const nodes: Array<{ node: Text; start: number }> = []
      let all = ''
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length })
        all += node.textContent ?? ''
      }
      const index = all.indexOf(wanted)
      if (index < 0) return null
      const at = (offset: number, end: boolean) => {
        const found = nodes.findLast((n) => (end ? n.start < offset : n.start <= offset))!
        return { node: found.node, offset: offset - found.start }
      }
      const from = at(index, false)
      const to = at(index + wanted.length, true)
      const range = document.createRange()
      range.setStart(from.node, from.offset)
      range.setEnd(to.node, to.offset)
      if (select) {
        document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
        return null
      }
      from.node.parentElement?.scrollIntoView({ block: 'center' })
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
    },
    { wanted: text, select },
  )
}

/** Taps `text` in the document, then selects it as the selection handles would. */
export async function selectTextByTouch(page: Page, text: string): Promise<void> {
  const rect = await locateText(page, text, false)
  if (rect === null) throw new Error(`“${text}” is not in the document`)
  await page.touchscreen.tap(rect.x + Math.min(rect.width / 2, 10), rect.y + rect.height / 2)
  await locateText(page, text, true)
  // Let the editor read the selection (selectionchange, then a frame).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
}

/** Taps a control with a touch, after checking it is a large enough target. */
export async function tap(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded()
  // What a person does when the open bottom sheet (or the sticky toolbar) covers it: scroll the
  // page until it is in the free part of the screen. A control nothing can uncover fails here.
  const uncovered = await locator.evaluate((element) => {
    const free = () => {
      const rect = element.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)
      return hit !== null && (element === hit || element.contains(hit))
    }
    if (free()) return true
    for (const fraction of [0.5, 0.35, 0.2]) {
      window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight * fraction)
      if (free()) return true
    }
    return false
  })
  expect(uncovered, 'the control can be brought into view uncovered').toBe(true)
  const box = await locator.boundingBox()
  if (box === null) throw new Error('not visible')
  expect(box.width, 'touch target width').toBeGreaterThanOrEqual(44)
  expect(box.height, 'touch target height').toBeGreaterThanOrEqual(44)
  await locator.page().touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
}

/** The comments panel (side panel or bottom sheet). */
export const commentsPanel = (page: Page) => page.getByTestId('comments-panel')

/** Opens the bottom sheet if it is closed (narrow screens); on wide screens the panel is always open. */
export async function openComments(page: Page): Promise<void> {
  const toggle = commentsPanel(page).locator('.comments-panel__toggle')
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await tap(toggle)
}

/** Selects `text` by touch, comments on it and saves. */
export async function commentOnText(page: Page, text: string, body: string): Promise<void> {
  await selectTextByTouch(page, text)
  await tap(commentsPanel(page).getByRole('button', { name: 'Kommentera markeringen' }))
  const field = commentsPanel(page).getByLabel('Kommentar', { exact: true })
  await field.fill(body)
  await tap(commentsPanel(page).getByRole('button', { name: 'Spara kommentar' }))
  await thread(page, body).waitFor()
}

/** The thread whose comments include `body`. */
export const thread = (page: Page, body: string) =>
  commentsPanel(page)
    .locator('.comment-thread')
    .filter({ has: page.locator('.comment__body', { hasText: body }) })

/** Replies to the thread containing `body`. */
export async function reply(page: Page, body: string, answer: string): Promise<void> {
  const target = thread(page, body)
  await tap(target.getByRole('button', { name: 'Svara' }))
  await target.getByLabel('Ditt svar').fill(answer)
  await tap(target.getByRole('button', { name: 'Skicka svar' }))
  await target.locator('.comment__body', { hasText: answer }).waitFor()
}

/** Every comment in the panel as "author: body", threads in order, replies after their root. */
export function listedComments(page: Page): Promise<string[]> {
  return commentsPanel(page)
    .locator('.comment')
    .evaluateAll((items) =>
      items.map((item) => {
        const author = item.querySelector('.comment__author')?.textContent ?? ''
        const body = item.querySelector('.comment__body')?.textContent ?? ''
        return `${author}: ${body}`
      }),
    )
}

/** The texts highlighted in the editor (open threads' anchors), in document order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('editor')
    .locator('.comment-highlight')
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? ''))
}
