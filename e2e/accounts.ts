import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { AppServer } from './appServer.js'
import { openApp } from './browser.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The password every test account gets. */
export const PASSWORD = 'ett långt lösenord för test'

/** Runs the administration CLI (`node server/dist/cli.js`) against the server's DATA_DIR. */
export function cli(server: AppServer, ...args: string[]): string {
  return execFileSync(process.execPath, ['server/dist/cli.js', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  })
}

const idIn = (output: string): string => {
  const id = /\(id ([^)]+)\)/.exec(output)?.[1]
  if (!id) throw new Error(`no id in CLI output: ${output}`)
  return id
}

/** A person with an account. */
export interface Account {
  id: string
  name: string
  email: string
}

/** Creates an account from the command line. */
export function createAccount(server: AppServer, name: string, email: string): Account {
  return {
    id: idIn(cli(server, 'user', 'create', '--email', email, '--name', name, '--password', PASSWORD)),
    name,
    email,
  }
}

/** Creates a group and gives each account its role there; answers the group's id. */
export function createGroup(server: AppServer, name: string, members: Array<[Account, string]>): string {
  const id = idIn(cli(server, 'group', 'create', '--name', name, '--kind', 'board'))
  for (const [account, role] of members)
    cli(server, 'member', 'set', `--group=${id}`, '--email', account.email, '--role', role)
  return id
}

/** A fresh browser profile signed in as `account` (through the API; the app then knows who it is). */
export async function signedIn(
  browser: Browser,
  server: AppServer,
  account: Account,
  options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openApp(browser, server.baseUrl, options)
  const answer = await opened.context.request.post('/api/auth/login', {
    data: { email: account.email, password: PASSWORD },
  })
  expect(answer.ok(), `sign-in of ${account.email}`).toBe(true)
  await opened.page.reload()
  return opened
}

/**
 * Opens a document's editor in a fresh browser profile signed in as `account` (a touch tablet when
 * a viewport is given); the context joins `contexts`, for the test file to close.
 */
export async function openDocumentAs(
  browser: Browser,
  server: AppServer,
  contexts: BrowserContext[],
  account: Account,
  documentId: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const { context, page } = await signedIn(browser, server, account, viewport ? { viewport, hasTouch: true } : {})
  contexts.push(context)
  await page.goto(`/dokument/${documentId}`)
  await page.getByTestId('editor').waitFor()
  return page
}

/** Creates a document in a group through the API (as the signed-in page's account); answers its id. */
export async function createGroupDocument(
  page: Page,
  input: { title: string; type: 'protocol' | 'actionPlan' | 'guidance'; groupId: string },
): Promise<string> {
  const answer = await page.request.post('/api/documents', { data: input })
  expect(answer.status(), 'document created').toBe(201)
  return ((await answer.json()) as { id: string }).id
}
