import type { DocumentSearchResult } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { account, call, type SignedIn } from './accounts.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'
import { writeParagraph } from './writeParagraph.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
afterEach(async () => {
  await fixture?.close()
  fixture = null
})

async function search(who: SignedIn, q: string): Promise<DocumentSearchResult> {
  const answer = await who.api('GET', `/api/search/documents?q=${encodeURIComponent(q)}`)
  expect(answer.status).toBe(200)
  return answer.body as DocumentSearchResult
}

const ids = (result: DocumentSearchResult) => result.hits.map((hit) => hit.documentId).sort()

describe('document search on the server', () => {
  it('finds documents by title and text, case and accents aside, with a snippet, and follows edits', async () => {
    fixture = await teamWithPlan()
    const { members, create, connect, plan } = fixture
    const protocol = await create('Protokoll LGL november', 'protocol')
    const editor = await connect('Eva', protocol)
    await waitFor(() => editor.provider.synced, 'protocol synced')
    writeParagraph(editor.doc, 'Beslut om Vårdplatser på länssjukhuset i Kalmar.')

    const rut = members.Rut!
    await waitFor(async () => (await search(rut, 'vårdplatser')).hits.length === 1, 'text found')
    const [hit] = (await search(rut, 'VÅRDPLATSER länssjukhuset')).hits
    expect(hit).toMatchObject({ documentId: protocol, inTitle: false })
    expect(hit!.snippet!.filter((part) => part.match).map((part) => part.text)).toEqual([
      'Vårdplatser',
      'länssjukhuset',
    ])
    // å is a letter of its own in Swedish: "vardplatser" is another word.
    expect((await search(rut, 'vardplatser')).hits).toEqual([])
    // By title; and every word must be found.
    expect(ids(await search(rut, 'protokoll november'))).toEqual([protocol])
    expect((await search(rut, 'protokoll saknas')).hits).toEqual([])
    // No query: every readable document (with its body, for filtering).
    expect(ids(await search(rut, ''))).toEqual([plan, protocol].sort())

    // An edit is found at once, though the text was read before.
    writeParagraph(editor.doc, 'Tillägg om hemsjukvård.')
    await waitFor(async () => (await search(rut, 'hemsjukvård')).hits.length === 1, 'edit found')

    // A document in the trash is not listed.
    expect((await members.Kim!.api('DELETE', `/api/documents/${protocol}`)).status).toBe(200)
    expect((await search(rut, 'vårdplatser')).hits).toEqual([])
  })

  it('tells the meeting body of a protocol', async () => {
    fixture = await teamWithPlan()
    const { members, create, connect } = fixture
    const protocol = await create('Protokoll', 'protocol')
    const editor = await connect('Eva', protocol)
    await waitFor(() => editor.provider.synced, 'protocol synced')
    const header = editor.doc.getXmlFragment('body').toArray()[0]
    expect(header && 'nodeName' in header ? header.nodeName : null).toBe('meetingHeader')
    ;(header as unknown as { setAttribute: (key: string, value: unknown) => void }).setAttribute(
      'decidingBody',
      'Länsgemensam ledning',
    )
    await waitFor(
      async () => (await search(members.Rut!, '')).hits.some((h) => h.body === 'Länsgemensam ledning'),
      'body read',
    )
    // The body's name is searchable text too.
    expect(ids(await search(members.Rut!, 'länsgemensam'))).toEqual([protocol])
  })

  it('never lets a member of another group find a document or its text (attacker)', async () => {
    fixture = await teamWithPlan()
    const { members, create, connect, admin, server } = fixture
    const secret = await create('Hemlig utredning', 'guidance')
    const editor = await connect('Eva', secret)
    await waitFor(() => editor.provider.synced, 'synced')
    writeParagraph(editor.doc, 'Känslig uppgift om personalplanering.')
    await waitFor(async () => (await search(members.Eva!, 'personalplanering')).hits.length === 1, 'indexed')

    const otherGroup = (await admin.api('POST', '/api/groups', { name: 'Annan grupp', kind: 'coordinating' })).body as {
      id: string
    }
    const outsider = await account(server, 'Olle')
    expect(
      (await admin.api('PUT', `/api/groups/${otherGroup.id}/members/${outsider.id}`, { role: 'coordinator' })).status,
    ).toBe(200)
    const own = (
      await outsider.api('POST', '/api/documents', { title: 'Olles plan', type: 'actionPlan', groupId: otherGroup.id })
    ).body.id as string

    for (const q of ['personalplanering', 'hemlig', 'känslig', '', 'a']) {
      const found = await search(outsider, q)
      expect(found.hits.map((h) => h.documentId)).not.toContain(secret)
      expect(JSON.stringify(found)).not.toMatch(/personalplanering|Hemlig/i)
    }
    expect(ids(await search(outsider, ''))).toEqual([own])
    // Without signing in: nothing at all; a query longer than allowed is refused.
    expect((await call(server, 'GET', '/api/search/documents?q=personalplanering')).status).toBe(401)
    expect((await outsider.api('GET', `/api/search/documents?q=${'x'.repeat(201)}`)).status).toBe(400)
    // An administrator may read every document.
    expect(ids(await search(admin, 'personalplanering'))).toEqual([secret])
  })
})
