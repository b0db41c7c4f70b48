import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, documentText, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot } from './browser.js'

const builtClient = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist')
let clientDir: string
let server: AppServer
let browser: Browser

beforeAll(async () => {
  // A copy of the build, so the test can publish a "new version" of it.
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-client-'))
  fs.cpSync(builtClient, clientDir, { recursive: true })
  server = await startAppServer({ clientDir, openMode: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.dispose()
  fs.rmSync(clientDir, { recursive: true, force: true })
})

describe('installable app', () => {
  it('has a Swedish manifest with icons that load', async () => {
    const manifest = (await (await fetch(`${server.baseUrl}/manifest.webmanifest`)).json()) as {
      name: string
      lang: string
      display: string
      start_url: string
      icons: Array<{ src: string; sizes: string; purpose?: string }>
    }
    expect(manifest).toMatchObject({ name: 'Samskriv', lang: 'sv-SE', display: 'standalone', start_url: '/' })
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((i) => i.purpose?.includes('maskable'))).toBe(true)
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, server.baseUrl))
      expect(response.headers.get('content-type')).toBe('image/png')
    }
  })

  it('offers a new version with a prompt and never reloads by itself', async () => {
    const { context, page } = await openApp(browser, server.baseUrl)
    await enterName(page, 'Eva Gran')
    await createDocument(page, 'Handlingsplan Barn och unga', 'Handlingsplan')
    await typeAtEnd(page, 'Mitt i en mening')
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

    // Publish a new version: the service worker script changes.
    fs.appendFileSync(path.join(clientDir, 'sw.js'), '\n// a new version\n')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await page.getByText('En ny version av Samskriv finns.').waitFor()
    await expectAccessible(page, 'update prompt')
    await screenshot(page, 'update-prompt')

    await typeAtEnd(page, ' som fortsätter')
    await waitForSyncStatus(page, 'synced')
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

    await page.getByRole('button', { name: 'Uppdatera nu' }).click()
    await page.waitForFunction(() => !(window as unknown as { notReloaded?: boolean }).notReloaded)
    await expect.poll(() => documentText(page)).toContain('Mitt i en mening som fortsätter')
    await context.close()
  })
})
