import { afterEach, describe, expect, it } from 'vitest'
import { createDocumentId, type MeResponse } from '@samskriv/shared'
import { queryKeys } from '../api/queryKeys'
import { LocalDatabase } from '../storage/LocalDatabase'
import { createAppServices } from './createAppServices'

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })

const person = (id: string, name: string): MeResponse => ({
  authRequired: true,
  setupRequired: false,
  user: { id, email: `${id}@example.se`, name, isAdmin: false, status: 'active' },
  memberships: [],
})
const anna = person('u1', 'Anna Andersson')
const bertil = person('u2', 'Bertil Berg')
const nobody: MeResponse = { authRequired: true, setupRequired: false, user: null, memberships: [] }

globalThis.reportError ??= (error: unknown) => console.error('REPORTED', error)
const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

function start() {
  const db = new LocalDatabase(`services-${createDocumentId()}`)
  databases.push(db)
  const server = { me: anna }
  const services = createAppServices({ db, fetchImpl: () => Promise.resolve(json(server.me)) })
  return { services, server }
}

describe('createAppServices', () => {
  it('keeps the query cache while the same person stays signed in, also across a lapsed session', async () => {
    const { services, server } = start()
    await services.auth.refresh()
    services.queryClient.setQueryData(queryKeys.sessions, ['kept'])
    server.me = nobody
    await services.auth.refresh()
    server.me = anna
    await services.auth.refresh()
    expect(services.queryClient.getQueryData(queryKeys.sessions)).toEqual(['kept'])
  })

  it('empties the query cache when someone else signs in in the same tab', async () => {
    const { services, server } = start()
    await services.auth.refresh()
    services.queryClient.setQueryData(queryKeys.sessions, ['Anna’s sign-ins'])
    server.me = nobody
    await services.auth.refresh()
    server.me = bertil
    await services.auth.refresh()
    expect(services.queryClient.getQueryData(queryKeys.sessions)).toBeUndefined()
  })
})
