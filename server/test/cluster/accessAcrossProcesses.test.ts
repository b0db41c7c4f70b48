import { CloseCode } from '@samskriv/shared'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AccountService } from '../../src/accounts/AccountService.js'
import { PostgresStorage } from '../../src/storage/postgres/PostgresStorage.js'
import { PASSWORD, signIn, type SignedIn } from '../accounts.js'
import { tokenClient } from '../relayClient.js'
import { startPostgres, type TestPostgres } from '../services/postgres.js'
import { startRedis, type TestRedis } from '../services/redis.js'
import { waitFor } from '../waitFor.js'
import { startRelayCluster, type RelayCluster } from './relayCluster.js'

/**
 * Accounts on three relay processes: a person's name in the presence others see, and the closing
 * of their connections when their access ends, hold on every process, not only on the one that
 * handled the change, also when the change was made while Redis was down.
 */

const PEOPLE = ['Rut', 'Kim', 'Eva', 'Per', 'Lis', 'Ulf'] as const
type Person = (typeof PEOPLE)[number]
const ROLES = { Rut: 'reader', Kim: 'coordinator', Eva: 'editor', Per: 'editor', Lis: 'editor', Ulf: 'reader' } as const

let postgres: TestPostgres
let redis: TestRedis
let cluster: RelayCluster
let admin: SignedIn
let groupId: string
let plan: string
const people = {} as Record<Person, SignedIn>
const clients: Array<ReturnType<typeof tokenClient>> = []

beforeAll(async () => {
  if (!inject('servicesAvailable')) return
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
  const databaseUrl = await postgres.createDatabase()
  // Accounts are made as the command line makes them, in the shared database.
  const storage = await PostgresStorage.connect(databaseUrl, { maxConnections: 2 })
  const accounts = new AccountService(storage.accounts, storage.audit)
  const made = new Map<string, string>()
  for (const name of ['Admin', ...PEOPLE]) {
    const email = `${name.toLowerCase()}@example.se`
    made.set(name, (await accounts.createUser({ email, name, password: PASSWORD, isAdmin: name === 'Admin' })).id)
  }
  await storage.close()
  cluster = await startRelayCluster(3, { databaseUrl, redisUrl: redis.url })
  // Sign-ins spread over the processes (each counts attempts per address on its own).
  const at = (i: number) => cluster.servers[i % 3]!
  admin = await signIn(at(0), 'admin@example.se', made.get('Admin')!)
  for (const [i, name] of PEOPLE.entries())
    people[name] = await signIn(at(i + 1), `${name.toLowerCase()}@example.se`, made.get(name)!)
  groupId = (await admin.api('POST', '/api/groups', { name: 'Samordnande grupp Äldre', kind: 'coordinating' })).body.id
  for (const name of PEOPLE) {
    expect(
      (await admin.api('PUT', `/api/groups/${groupId}/members/${people[name].id}`, { role: ROLES[name] })).status,
    ).toBe(200)
  }
  plan = (await people.Kim.api('POST', '/api/documents', { title: 'Handlingsplan', type: 'actionPlan', groupId })).body
    .id
}, 120_000)

afterAll(async () => {
  for (const c of clients) c.close()
  await cluster?.stop()
  await redis?.stop()
  await postgres?.stop()
})

/** A person's client of the plan on one process, with a relay token fetched there. */
async function connect(who: Person, process: number) {
  const server = cluster.servers[process]!
  const answer = await fetch(`${server.httpUrl}/api/documents/${plan}/token`, {
    headers: { cookie: people[who].cookie },
  })
  expect(answer.status).toBe(200)
  const { token } = (await answer.json()) as { token: string }
  const client = tokenClient(server.syncUrl, plan, token)
  clients.push(client)
  await waitFor(() => client.provider.synced, `${who} synced on process ${process}`)
  return Object.assign(client, { token })
}

/** The API of a person, asked through one process. */
async function api(who: SignedIn, process: number, method: string, path: string, body?: unknown) {
  const response = await fetch(`${cluster.servers[process]!.httpUrl}${path}`, {
    method,
    headers: { cookie: who.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return response.status
}

describe.skipIf(!inject('servicesAvailable'))('accounts on three relay processes', { timeout: 60_000 }, () => {
  it('show a person on another process under their account’s name, whatever their client claims', async () => {
    const rut = await connect('Rut', 0)
    const kim = await connect('Kim', 2)
    rut.provider.awareness.setLocalStateField('user', { name: 'Ordförande Kim', color: '#123456' })
    await waitFor(() => kim.provider.awareness.getStates().has(rut.doc.clientID), 'presence across processes')
    expect(kim.provider.awareness.getStates().get(rut.doc.clientID)?.user).toEqual({ name: 'Rut', color: '#123456' })
  })

  it('close a person’s connections on every process when they sign out on one', async () => {
    const onOne = await connect('Eva', 1)
    const onTwo = await connect('Eva', 2)
    expect(await api(people.Eva, 0, 'POST', '/api/auth/logout')).toBe(200)
    for (const client of [onOne, onTwo]) {
      await waitFor(() => client.closes.includes(CloseCode.unauthorized), 'closed on sign-out')
    }
    // The token fetched before is refused on every process.
    for (const process of [0, 1, 2]) {
      const replay = tokenClient(cluster.servers[process]!.syncUrl, plan, onTwo.token)
      clients.push(replay)
      await waitFor(() => replay.closes.includes(CloseCode.unauthorized), `old token refused on ${process}`)
    }
  })

  it('close a disabled person’s connections on every process', async () => {
    const per = await connect('Per', 2)
    expect(await api(admin, 1, 'PATCH', `/api/users/${people.Per.id}`, { disabled: true })).toBe(200)
    await waitFor(() => per.closes.includes(CloseCode.unauthorized), 'closed on another process')
  })

  it('close the connections of someone removed from the group on every process; they are refused there', async () => {
    const lis = await connect('Lis', 0)
    expect(await api(admin, 2, 'DELETE', `/api/groups/${groupId}/members/${people.Lis.id}`)).toBe(200)
    await waitFor(() => lis.closes.includes(CloseCode.accessChanged), 'closed on another process')
    await waitFor(() => lis.closes.includes(CloseCode.forbidden), 'refused when connecting again')
  })

  it('judge connections again when Redis is back: a removal made while it was down still closes them', async () => {
    const ulf = await connect('Ulf', 1)
    await redis.kill()
    // The process that handles it closes its own connections; the word to the others is lost.
    expect(await api(admin, 0, 'DELETE', `/api/groups/${groupId}/members/${people.Ulf.id}`)).toBe(200)
    await redis.start()
    await waitFor(() => ulf.closes.includes(CloseCode.forbidden), 'closed once the bus was back', 20_000)
  })
})
