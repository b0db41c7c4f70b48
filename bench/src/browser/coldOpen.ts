import type { BrowserContext } from 'playwright-core'
import { EDITOR, firstPage } from './appPage.js'

/**
 * How a cold open starts: `address` types the document's address into a browser just launched
 * (the app boots from the service worker's cache, then opens the document); `list` starts the app
 * on its document list, then clicks the document (the app is running, the document is not loaded).
 */
export type OpenVia = 'address' | 'list'

/** What one cold open measured, in ms from its start (the navigation, or the click). */
export interface ColdOpenTiming {
  /** The editor is editable and holds the document's last paragraph. */
  readonly editableMs: number
  /** The first frame painted after that. */
  readonly paintedMs: number
  /** The app's mark `samskriv:local-copy-loaded`: the device's copy of the document is read. */
  readonly localCopyLoadedMs: number | null
}

interface PageTiming {
  clickMs?: number
  editableMs?: number
  paintedMs?: number
}

/**
 * Opens the document offline in `context` (a browser just launched on a profile that has the
 * document in IndexedDB), so it can only come from the device, and times it until the editor is
 * editable with the whole document in it (its last paragraph, `marker`, rendered) and then painted.
 * Watched from inside the page from its first script on, with a MutationObserver, so no polling
 * delay is added.
 */
export async function coldOpen(
  context: BrowserContext,
  documentId: string,
  title: string,
  marker: string,
  via: OpenVia,
): Promise<ColdOpenTiming> {
  await context.setOffline(true)
  await context.addInitScript(
    ({ selector, text }) => {
      const timing: PageTiming = {}
      ;(window as unknown as { __benchOpen: PageTiming }).__benchOpen = timing
      addEventListener('click', (event) => (timing.clickMs ??= event.timeStamp), true)
      const complete = () => {
        const editor = document.querySelector(`${selector}[contenteditable="true"]`)
        if (!editor) return false
        // The marker is the last paragraph written; the editor may end with an empty one after it.
        return [...editor.children].slice(-3).some((element) => element.textContent?.includes(text))
      }
      const observer = new MutationObserver(() => {
        if (!complete()) return
        observer.disconnect()
        timing.editableMs = performance.now()
        requestAnimationFrame(() => setTimeout(() => (timing.paintedMs = performance.now()), 0))
      })
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['contenteditable'],
      })
    },
    { selector: EDITOR, text: marker },
  )
  const page = await firstPage(context)
  if (via === 'address') {
    await page.goto(`/dokument/${documentId}`)
  } else {
    await page.goto('/')
    const link = page.getByRole('link', { name: title, exact: true })
    await link.waitFor({ timeout: 30_000 })
    // Let the list page settle (its queries, the service worker's update check) before the click.
    await page.waitForTimeout(1000)
    await link.click()
  }
  const handle = await page.waitForFunction(
    () => {
      const timing = (window as unknown as { __benchOpen?: PageTiming }).__benchOpen
      return timing?.paintedMs !== undefined ? timing : null
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  )
  const timing = (await handle.jsonValue()) as Required<PageTiming>
  const loaded = await page.evaluate(
    () => performance.getEntriesByName('samskriv:local-copy-loaded', 'mark').at(-1)?.startTime ?? null,
  )
  const start = via === 'address' ? 0 : timing.clickMs
  return {
    editableMs: timing.editableMs - start,
    paintedMs: timing.paintedMs - start,
    localCopyLoadedMs: loaded === null ? null : loaded - start,
  }
}
