import { chromium, type Browser, type BrowserContext } from 'playwright-core'

/** Debian's Chromium (CHROMIUM_PATH overrides it). */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags the issue asks for: no sandbox (containers), no GPU, no background traffic. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const CONTEXT = {
  viewport: { width: 1280, height: 800 },
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
} as const

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)`; functions the bench hands to
 * the page are serialised with that call in them, so the page needs the helper too.
 */
const NAME_HELPER = { content: 'globalThis.__name ??= (target) => target' }

async function prepared(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(NAME_HELPER)
  return context
}

/** A browser for contexts that live only as long as it does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS })
}

/**
 * A browser on a profile directory that outlives it: closing it and launching again on the same
 * directory is a cold start with the same IndexedDB, service worker and HTTP cache.
 */
export async function launchProfile(profileDir: string, baseURL: string): Promise<BrowserContext> {
  return prepared(
    await chromium.launchPersistentContext(profileDir, { executablePath: EXECUTABLE, args: ARGS, baseURL, ...CONTEXT }),
  )
}

/** A fresh context (its own storage) in `browser`. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return prepared(await browser.newContext({ baseURL, ...CONTEXT }))
}
