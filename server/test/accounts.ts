import { expect } from 'vitest'
import type { TestServer } from './testServer.js'

export const PASSWORD = 'ett långt lösenord'

/** A signed-in person: their id and a fetch that sends their session cookie. */
export interface SignedIn {
  readonly id: string
  readonly cookie: string
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }> // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes
}

/** A server's address: a test server in this process, or a server process of its own. */
type Reachable = Pick<TestServer, 'httpUrl'>

/** A plain HTTP call to the test server. */
export async function call(
  server: Reachable,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    headers: response.headers,
  }
}

/** Creates an account (as the command line does) and signs in over HTTP. */
export async function account(server: TestServer, name: string, options: { admin?: boolean } = {}): Promise<SignedIn> {
  const email = `${name.toLowerCase().replace(/[^a-z]/g, '')}@example.se`
  const user = await server.server.accounts.createUser({
    email,
    name,
    password: PASSWORD,
    isAdmin: options.admin ?? false,
  })
  return signIn(server, email, user.id)
}

/** Signs in with the shared test password. */
export async function signIn(server: Reachable, email: string, id: string): Promise<SignedIn> {
  const response = await call(server, 'POST', '/api/auth/login', { email, password: PASSWORD })
  expect(response.status).toBe(200)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  return {
    id,
    cookie,
    api: async (method, path, body, headers = {}) => {
      const { status, body: answer } = await call(server, method, path, body, { cookie, ...headers })
      return { status, body: answer }
    },
  }
}

/** An administrator, a group, and members with the given roles, all signed in. */
export async function team(
  server: TestServer,
  roles: Record<string, 'reader' | 'commenter' | 'editor' | 'coordinator'>,
) {
  const admin = await account(server, 'Admin', { admin: true })
  const group = (await admin.api('POST', '/api/groups', { name: 'Samordnande grupp Äldre', kind: 'coordinating' }))
    .body as { id: string }
  const members: Record<string, SignedIn> = {}
  for (const [name, role] of Object.entries(roles)) {
    members[name] = await account(server, name)
    expect((await admin.api('PUT', `/api/groups/${group.id}/members/${members[name].id}`, { role })).status).toBe(200)
  }
  return { admin, groupId: group.id, members }
}
