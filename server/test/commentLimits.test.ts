import { addComment, CloseCode, getComments, readComments } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { team, type SignedIn } from './accounts.js'
import { startLoggedServer, type LoggedServer } from './attackHarness.js'
import { storedBytes, tokenClient } from './relayClient.js'
import { testComment } from './testComment.js'
import { waitFor } from './waitFor.js'

let server: LoggedServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await server.close()
})

const comment = testComment

/** A server with accounts, an editor's document, and a way to open its rooms as a member. */
async function setUp(limits: Parameters<typeof startLoggedServer>[0] = {}) {
  server = await startLoggedServer(limits)
  const t = await team(server, { Eva: 'editor', Cia: 'commenter', Bo: 'commenter' })
  const id = (await t.members.Eva!.api('POST', '/api/documents', { title: 'P', type: 'protocol', groupId: t.groupId }))
    .body.id as string
  const open = async (member: SignedIn, kind: 'content' | 'annotations' = 'annotations') => {
    const token = (await member.api('GET', `/api/documents/${id}/token`)).body.token as string
    const client = tokenClient(server.syncUrl, kind === 'content' ? id : `${id}/annotations`, token)
    cleanups.push(client.close)
    await waitFor(() => client.provider.synced, 'synced')
    return client
  }
  const stored = async () => storedBytes((await server.storage.updates.load(`${id}/annotations`)).updates)
  /** The comments as stored (what a client that connects now would get). */
  const storedComments = async () => {
    const doc = new Y.Doc()
    for (const update of (await server.storage.updates.load(`${id}/annotations`)).updates) Y.applyUpdate(doc, update)
    return readComments(doc)
  }
  const logLines = (code: number) => server.logs.filter((line) => line.includes(`"code":${code}`)).length
  return { ...t, id, open, stored, storedComments, logLines }
}

describe('comment limits', () => {
  it('closes a commenter past their comments (4420), storing nothing, and their other sessions go on', async () => {
    const { members, open, stored, logLines } = await setUp({
      limits: { maxCommentsPerPersonPerDocument: 3, maxCommentsPerDocument: 5 },
    })
    const cia = members.Cia!
    const [writer, other, content, watcher] = [
      await open(cia),
      await open(cia),
      await open(cia, 'content'),
      await open(members.Bo!),
    ]
    for (const n of [1, 2, 3]) addComment(writer.doc, comment(`c${n}`, cia.id))
    await waitFor(() => readComments(watcher.doc).length === 3, 'three comments relayed')
    const before = await stored()

    addComment(writer.doc, comment('c4', cia.id))
    await waitFor(() => writer.closes.includes(CloseCode.tooManyComments), 'the fourth refused')
    expect(await stored()).toBe(before)
    expect(readComments(watcher.doc).map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
    expect(logLines(CloseCode.tooManyComments)).toBe(1)

    // Her other sessions were not touched: she still resolves a thread, and sees Bo's comments.
    expect(other.provider.wsconnected && content.provider.wsconnected).toBe(true)
    other.doc.transact(() => {
      getComments(other.doc).get('c1')!.set('resolved', true)
      getComments(other.doc).get('c1')!.set('resolvedBy', cia.id)
      getComments(other.doc).get('c1')!.set('resolvedAt', new Date().toISOString())
    })
    await waitFor(() => readComments(watcher.doc)[0]?.resolved === true, 'resolution relayed')

    // The document's limit: Bo adds two (five in all), the sixth is refused.
    const bo = members.Bo!
    for (const n of [1, 2]) addComment(watcher.doc, comment(`b${n}`, bo.id))
    await waitFor(() => readComments(other.doc).length === 5, 'Bo’s comments relayed')
    addComment(watcher.doc, comment('b3', bo.id))
    await waitFor(() => watcher.closes.includes(CloseCode.tooManyComments), 'the sixth refused')
    expect(readComments(other.doc)).toHaveLength(5)
  })

  it('closes a comment over its length (4421) and comments past their stored size (4422)', async () => {
    const { members, open, storedComments, logLines } = await setUp({
      limits: { maxAnnotationDocumentBytes: 12 * 1024 },
    })
    const cia = members.Cia!
    const long = await open(cia)
    const before = await storedComments()
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(comment('lång', cia.id, { body: 'x'.repeat(10_001) })))
      entry.set(key, value)
    getComments(long.doc).set('lång', entry)
    await waitFor(() => long.closes.includes(CloseCode.commentTooLarge), 'the long comment refused')
    expect(await storedComments()).toEqual(before)
    expect(logLines(CloseCode.commentTooLarge)).toBe(1)

    const writer = await open(cia)
    for (let n = 1; n <= 6 && !writer.closes.includes(CloseCode.annotationsTooLarge); n++) {
      // Compared as content: a room left by its last client compacts what it stored.
      const previous = await storedComments()
      addComment(writer.doc, comment(`c${n}`, cia.id, { body: 'ö'.repeat(1500) }))
      await waitFor(
        async () =>
          writer.closes.includes(CloseCode.annotationsTooLarge) || (await storedComments()).length > previous.length,
        `comment ${n} stored or refused`,
      )
      if (writer.closes.includes(CloseCode.annotationsTooLarge)) {
        expect(await storedComments()).toEqual(previous)
        break
      }
      // The server's name and time on it are stored after it (a change of their own): wait for them.
      await waitFor(
        async () => (await storedComments()).some((c) => c.id === `c${n}` && c.authorName !== cia.id),
        `comment ${n} stamped`,
      )
    }
    expect(writer.closes).toContain(CloseCode.annotationsTooLarge)
    expect(logLines(CloseCode.annotationsTooLarge)).toBe(1)
  })

  it('shows a comment with the account’s name and the server’s time, whatever the client wrote', async () => {
    const { members, open, stored } = await setUp()
    const cia = members.Cia!
    const raw = await open(cia)
    const watcher = await open(members.Bo!)
    const before = Date.now()
    addComment(
      raw.doc,
      comment('forged', cia.id, { authorName: 'Ordförande Kim', createdAt: '2026-01-05T08:00:00.000Z' }),
    )
    await waitFor(() => readComments(watcher.doc)[0]?.authorName === 'Cia', 'the comment stamped by the server')
    const shown = readComments(watcher.doc)[0]!
    expect(Date.parse(shown.createdAt)).toBeGreaterThanOrEqual(before - 1000)
    const kept = await stored()

    // Renaming or re-dating it later is refused and changes nothing.
    const again = await open(cia)
    getComments(again.doc).get('forged')!.set('authorName', 'Ordförande Kim')
    await waitFor(() => again.denied.length > 0, 'the rename refused')
    getComments(raw.doc).get('forged')!.set('createdAt', '2026-01-05T08:00:00.000Z')
    await waitFor(() => raw.denied.length > 0, 'the re-dating refused')
    expect(await stored()).toBe(kept)
    expect(readComments(watcher.doc)[0]).toMatchObject({ authorName: 'Cia', createdAt: shown.createdAt })
  })
})
