import { addComment, formatMention, getComments, type TodoList } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { account } from './accounts.js'
import { teamWithPlan } from './teamFixture.js'
import { testComment } from './testComment.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
afterEach(async () => {
  await fixture?.close()
  fixture = null
})

describe('mentions in comments', () => {
  it('become to-dos of the people mentioned who may read the document, until seen or answered', async () => {
    fixture = await teamWithPlan()
    const { members, plan, connect, server } = fixture
    const outsider = await account(server, 'Ola')
    const todos = async (who: 'Rut' | 'Cia' | 'Eva' | 'Kim') =>
      ((await members[who]!.api('GET', '/api/todos')).body as TodoList).mentions
    const [cia, kim, rut] = [members.Cia!, members.Kim!, members.Rut!]

    const client = await connect('Cia', `${plan}/annotations`)
    await waitFor(() => client.provider.synced, 'comments synced')
    const body = `Kan ${formatMention(kim.id, 'Kim')} och ${formatMention(rut.id, 'Rut')} titta? Även ${formatMention(
      outsider.id,
      'Ola',
    )}, ${formatMention(cia.id, 'jag själv')} och ${formatMention('nobody', 'Ingen')}.`
    addComment(client.doc, testComment('c1', cia.id, { body }))
    await waitFor(async () => (await todos('Kim')).length === 1, 'Kim’s mention listed')
    expect((await todos('Kim'))[0]).toEqual({
      documentId: plan,
      title: 'Handlingsplan',
      commentId: 'c1',
      threadId: 'c1',
      author: expect.any(String),
      excerpt: 'Kan @Kim och @Rut titta? Även @Ola, @jag själv och @Ingen.',
      createdAt: expect.any(String),
    })
    // A reader may read the document, so is told too; the author and the outsider are not.
    expect(await todos('Rut')).toHaveLength(1)
    expect(await todos('Cia')).toEqual([])
    expect(((await outsider.api('GET', '/api/todos')).body as TodoList).mentions).toEqual([])
    expect(await server.storage.mentions.unseenFor(outsider.id)).toEqual([])

    // Marking done is one's own: Rut marking it leaves Kim's.
    expect((await rut.api('POST', `/api/todos/mentions/${plan}/c1/done`)).status).toBe(200)
    expect(await todos('Rut')).toEqual([])
    expect(await todos('Kim')).toHaveLength(1)
    expect((await kim.api('POST', `/api/todos/mentions/${plan}/c1/done`)).status).toBe(200)
    expect(await todos('Kim')).toEqual([])
    // Marking again, or a comment that does not exist, answers the same.
    expect((await kim.api('POST', `/api/todos/mentions/${plan}/c1/done`)).status).toBe(200)
    expect((await kim.api('POST', `/api/todos/mentions/${plan}/nope/done`)).status).toBe(200)

    // Answering in the thread counts as seen.
    addComment(client.doc, testComment('c2', cia.id, { body: `${formatMention(kim.id, 'Kim')}?` }))
    await waitFor(async () => (await todos('Kim')).length === 1, 'second mention listed')
    const kimClient = await connect('Kim', `${plan}/annotations`)
    await waitFor(() => kimClient.provider.synced, 'Kim synced')
    addComment(kimClient.doc, testComment('c3', kim.id, { parentId: 'c2', anchor: null, body: 'Ja.' }))
    await waitFor(async () => (await todos('Kim')).length === 0, 'answered mention done')

    // A withdrawn comment takes its to-do away.
    addComment(client.doc, testComment('c4', cia.id, { body: `${formatMention(rut.id, 'Rut')}!` }))
    await waitFor(async () => (await todos('Rut')).length === 1, 'Rut mentioned again')
    getComments(client.doc).get('c4')!.set('deleted', true)
    await waitFor(async () => (await todos('Rut')).length === 0, 'withdrawn mention gone')
  })

  it('offers the group’s active members to mention, to those who may comment only', async () => {
    fixture = await teamWithPlan()
    const { members, plan, server } = fixture
    const outsider = await account(server, 'Ola')
    const answer = await members.Cia!.api('GET', `/api/documents/${plan}/mentionable`)
    expect(answer.status).toBe(200)
    const names = (answer.body as { people: Array<{ name: string }> }).people.map((p) => p.name)
    expect(names).toEqual(['Cia', 'Eva', 'Kim', 'Rut'])
    expect((await members.Rut!.api('GET', `/api/documents/${plan}/mentionable`)).status).toBe(403)
    expect((await outsider.api('GET', `/api/documents/${plan}/mentionable`)).status).toBe(403)
    expect((await outsider.api('POST', `/api/todos/mentions/${plan}/c1/done`)).status).toBe(200)
  })
})
