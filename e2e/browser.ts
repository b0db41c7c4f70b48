import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'

/** Debian's chromium (CHROMIUM_PATH overrides). */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim()
  } catch {
    throw new Error('Chromium is not installed: apt-get install -y chromium')
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

export const DESKTOP = { width: 1280, height: 800 }
export const TABLET_LANDSCAPE = { width: 1024, height: 768 }
export const TABLET_PORTRAIT = { width: 768, height: 1024 }

/**
 * A fresh browser profile on the app: opens it, waits for the service worker, and reloads once so
 * the page is controlled by it (a first visit never is) and works offline.
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: {
    viewport?: { width: number; height: number }
    hasTouch?: boolean
    isMobile?: boolean
    /** The browser's language (default sv-SE). */
    locale?: string
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  return { context, page }
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page and expects no violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, `accessibility violations on ${screen}`).toEqual([])
}

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')

/** Saves a full-page screenshot under e2e/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })
}
