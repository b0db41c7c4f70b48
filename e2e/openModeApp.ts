import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { enterName } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { launchBrowser, openApp } from './browser.js'

/** A test file's server without accounts (OPEN_MODE) and its browser, and people opening the app. */
export interface OpenModeApp {
  /** The running server (set once the file's `beforeAll` has run). */
  readonly server: () => AppServer
  /** A new person in their own browser context, named, on the document list. */
  person(name: string, options?: Parameters<typeof openApp>[2]): Promise<Page>
}

/**
 * Starts the real server in open mode and a browser before the file's tests, and closes every
 * context, the browser and the server after them.
 */
export function useOpenModeApp(): OpenModeApp {
  let server: AppServer | undefined
  let browser: Browser | undefined
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
  const running = (): AppServer => {
    if (server === undefined) throw new Error('The server starts in beforeAll.')
    return server
  }
  return {
    server: running,
    async person(name, options = {}) {
      if (browser === undefined) throw new Error('The browser starts in beforeAll.')
      const { context, page } = await openApp(browser, running().baseUrl, options)
      contexts.push(context)
      await enterName(page, name)
      return page
    },
  }
}
