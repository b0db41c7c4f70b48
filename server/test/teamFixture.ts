import { team } from './accounts.js'
import { tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'

/**
 * A server with accounts (never open), an administrator, a group with a reader, a commenter, an
 * editor and a coordinator, and an action plan in the group; `connect` opens a raw y-websocket
 * client with a person's relay token. Call `close` after each test.
 */
export async function teamWithPlan(options: Parameters<typeof startTestServer>[0] = {}) {
  const server: TestServer = await startTestServer({ openMode: false, ...options })
  const cleanups: Array<() => void> = []
  const t = await team(server, { Rut: 'reader', Cia: 'commenter', Eva: 'editor', Kim: 'coordinator' })
  type Who = 'Rut' | 'Cia' | 'Eva' | 'Kim' | 'admin'
  const create = async (title: string, type: 'protocol' | 'actionPlan' | 'guidance') =>
    (await t.members.Eva!.api('POST', '/api/documents', { title, type, groupId: t.groupId })).body.id as string
  const plan = await create('Handlingsplan', 'actionPlan')
  const person = (who: Who) => (who === 'admin' ? t.admin : t.members[who]!)
  const token = async (who: Who, id = plan) => {
    const answer = await person(who).api('GET', `/api/documents/${id}/token`)
    if (answer.status !== 200) throw new Error(`no token for ${who}: ${answer.status}`)
    return answer.body.token as string
  }
  /** A raw client of a room (`<id>` or `<id>/annotations`) with the person's token. */
  const connect = async (who: Who, room = plan) => {
    const client = tokenClient(server.syncUrl, room, await token(who, room.split('/')[0]))
    cleanups.push(client.close)
    return client
  }
  return {
    ...t,
    server,
    plan,
    person,
    create,
    token,
    connect,
    async close() {
      for (const c of cleanups.splice(0)) c()
      await server.close()
    },
  }
}
