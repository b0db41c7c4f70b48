import { addComment, getBody, getComments, readComments } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { team } from './accounts.js'
import { storedBytes, tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { testComment } from './testComment.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await server.close()
})

const comment = testComment

describe('annotations through the relay', () => {
  it('lets commenters comment on an approved document, and nobody change its content or another’s comment', async () => {
    server = await startTestServer()
    const t = await team(server, { Eva: 'editor', Kim: 'coordinator', Cia: 'commenter', Rut: 'reader' })
    const id = (
      await t.members.Eva!.api('POST', '/api/documents', { title: 'Plan', type: 'actionPlan', groupId: t.groupId })
    ).body.id as string
    expect((await t.members.Kim!.api('POST', `/api/documents/${id}/approve`, { onBehalfOf: 'LGL' })).status).toBe(201)
    const open = async (who: keyof typeof t.members, room: string) => {
      const token = (await t.members[who]!.api('GET', `/api/documents/${id}/token`)).body.token as string
      const client = tokenClient(server.syncUrl, room, token)
      cleanups.push(client.close)
      await waitFor(() => client.provider.synced, `${who} synced to ${room}`)
      return client
    }
    const cia = await open('Cia', `${id}/annotations`)
    const kim = await open('Kim', `${id}/annotations`)
    addComment(cia.doc, comment('c1', t.members.Cia!.id))
    await waitFor(() => readComments(kim.doc).length === 1, 'comment relayed and stored')

    // Someone else's comment: text refused, resolving allowed.
    getComments(kim.doc).get('c1')!.set('body', 'Kim skriver om')
    await waitFor(() => kim.denied.length > 0, 'edit of another’s comment refused')
    // A refused client starts over from the relay's copy (Samskriv's client does so on the notice).
    const kimAgain = await open('Kim', `${id}/annotations`)
    kimAgain.doc.transact(() => {
      const thread = getComments(kimAgain.doc).get('c1')!
      thread.set('resolved', true)
      thread.set('resolvedBy', t.members.Kim!.id)
      thread.set('resolvedAt', new Date().toISOString())
    })
    await waitFor(() => readComments(cia.doc)[0]?.resolved === true, 'resolve relayed')
    expect(readComments(cia.doc)[0]?.body).toBe('En fråga')

    // A reader may not comment; a commenter may not edit the content, locked or not.
    const rut = await open('Rut', `${id}/annotations`)
    addComment(rut.doc, comment('c2', t.members.Rut!.id))
    await waitFor(() => rut.denied.length > 0, 'reader refused')
    const content = await open('Cia', id)
    const before = storedBytes((await server.storage.updates.load(id)).updates)
    getBody(content.doc).insert(0, [new Y.XmlText('kommentator skriver')])
    await waitFor(() => content.denied.length > 0, 'content edit refused')
    expect(storedBytes((await server.storage.updates.load(id)).updates)).toBe(before)
  })
})
