import { addComment, CloseCode, getComments, readComments, type Comment } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { willWait } from '../relay/pendingUpdates.js'
import type { UpdateActor, Verdict } from '../relay/UpdateRules.js'
import { inspectUpdate } from '../workers/inspectUpdate.js'
import { annotationRules } from './annotationRules.js'

const comment = (id: string, authorId: string, extra: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  authorId,
  authorName: authorId,
  createdAt: '2026-11-20T09:00:00.000Z',
  body: 'Stämmer datumet?',
  anchor: { kind: 'block', blockId: 'dec-1', quote: 'Beslut' },
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
  ...extra,
})

const NOW = new Date('2026-11-24T12:00:00.000Z')
const rules = annotationRules({
  now: () => NOW,
  limits: { maxCommentsPerDocument: 5, maxCommentsPerPersonPerDocument: 3 },
})

/** The server's document, and a change made by a client on a copy of it. */
function change(setup: (doc: Y.Doc) => void, edit: (doc: Y.Doc) => void) {
  const server = new Y.Doc()
  setup(server)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  edit(client)
  return { server, update: Y.encodeStateAsUpdate(client, before) }
}

/** Judges an update as the relay does: described by the worker's code, then the rules. */
function judge(server: Y.Doc, update: Uint8Array, userId: string | null, userName: string | null = null): Verdict {
  const checked = inspectUpdate(update, { describe: true })
  expect(checked.problem).toBeNull()
  const actor: UpdateActor = { userId, userName, schemaVersion: null }
  return rules.judge({
    doc: server,
    update,
    described: checked.described,
    references: null,
    waits: willWait(server, checked.needs!),
    actor,
  })
}

const annasThread = (doc: Y.Doc) => void addComment(doc, comment('c1', 'anna'))

describe('annotation rules', () => {
  it('lets someone add their own comment and reply', () => {
    const { server, update } = change(annasThread, (doc) => {
      addComment(doc, comment('c2', 'bo', { parentId: 'c1', anchor: null }))
    })
    expect(judge(server, update, 'bo')).toMatchObject({ ok: true })
  })

  it.each<[string, (doc: Y.Doc) => void]>([
    ['a comment in someone else’s name', (doc) => void addComment(doc, comment('c2', 'anna'))],
    ['changing someone else’s text', (doc) => getComments(doc).get('c1')!.set('body', 'Ändrat')],
    ['withdrawing someone else’s comment', (doc) => getComments(doc).get('c1')!.set('deleted', true)],
    ['removing someone else’s comment', (doc) => getComments(doc).delete('c1')],
    ['replacing someone else’s comment', (doc) => void addComment(doc, comment('c1', 'bo'))],
    ['taking over a comment', (doc) => getComments(doc).get('c1')!.set('authorId', 'bo')],
    [
      'resolving in someone else’s name',
      (doc) => {
        getComments(doc).get('c1')!.set('resolved', true)
        getComments(doc).get('c1')!.set('resolvedBy', 'anna')
      },
    ],
    ['a comment that does not validate', (doc) => getComments(doc).set('c3', new Y.Map([['id', 'c3']]))],
    ['a comment that is not a map', (doc) => getComments(doc).set('c3', 'hej' as unknown as Y.Map<unknown>)],
    ['a field that is a shared type', (doc) => getComments(doc).get('c1')!.set('resolved', new Y.Text('x'))],
    ['writing content into the annotations', (doc) => doc.getXmlFragment('body').insert(0, [new Y.XmlText('x')])],
  ])('refuses %s', (_what, edit) => {
    const { server, update } = change(annasThread, edit)
    expect(judge(server, update, 'bo')).toMatchObject({ ok: false, problem: expect.any(String) })
    expect(judge(server, update, 'bo')).not.toHaveProperty('closeCode')
  })

  it('lets anyone resolve and reopen a thread in their own name, at the server’s time', () => {
    const { server, update } = change(annasThread, (doc) => {
      const thread = getComments(doc).get('c1')!
      thread.set('resolved', true)
      thread.set('resolvedBy', 'bo')
      thread.set('resolvedAt', '2026-01-01T10:00:00.000Z')
    })
    const verdict = judge(server, update, 'bo')
    expect(verdict).toMatchObject({ ok: true })
    Y.applyUpdate(server, update)
    if (verdict.ok) verdict.afterApply?.(server)
    expect(readComments(server)[0]).toMatchObject({ resolvedBy: 'bo', resolvedAt: NOW.toISOString() })
  })

  it('lets the author edit and withdraw their own comment, but never rename or re-date it', () => {
    const edit = change(annasThread, (doc) => {
      getComments(doc).get('c1')!.set('body', 'Stämmer datumet 20 november?')
      getComments(doc).get('c1')!.set('deleted', true)
    })
    expect(judge(edit.server, edit.update, 'anna')).toMatchObject({ ok: true })
    for (const [field, value] of [
      ['authorName', 'Ordförande Kim'],
      ['createdAt', '2026-01-02T09:00:00.000Z'],
      ['parentId', 'c9'],
    ]) {
      const { server, update } = change(annasThread, (doc) => getComments(doc).get('c1')!.set(field!, value))
      expect(judge(server, update, 'anna'), field).toMatchObject({ ok: false })
    }
  })

  it('replaces the name and time a client wrote on a new comment by the account’s and the server’s', () => {
    const { server, update } = change(annasThread, (doc) => {
      addComment(doc, comment('c2', 'bo', { authorName: 'Ordförande Kim', createdAt: '2026-03-01T08:00:00.000Z' }))
    })
    const verdict = judge(server, update, 'bo', 'Bo Berg')
    expect(verdict.ok && verdict.afterApply).toBeTypeOf('function')
    Y.applyUpdate(server, update)
    if (verdict.ok) verdict.afterApply?.(server)
    expect(readComments(server).find((c) => c.id === 'c2')).toMatchObject({
      authorName: 'Bo Berg',
      createdAt: NOW.toISOString(),
    })
  })

  it('keeps the order comments were written in when several arrive together (written offline)', () => {
    const { server, update } = change(annasThread, (doc) => {
      // Added in another order than written; the client's times say which came first.
      addComment(doc, comment('c4', 'bo', { parentId: 'c1', createdAt: '2026-11-21T10:02:00.000Z' }))
      addComment(doc, comment('c2', 'bo', { parentId: 'c1', createdAt: '2026-11-21T10:00:00.000Z' }))
      addComment(doc, comment('c3', 'bo', { parentId: 'c1', createdAt: '2026-11-21T10:01:00.000Z' }))
    })
    const verdict = judge(server, update, 'bo', 'Bo Berg')
    Y.applyUpdate(server, update)
    if (verdict.ok) verdict.afterApply?.(server)
    const times = Object.fromEntries(readComments(server).map((c) => [c.id, c.createdAt]))
    expect(times.c2! < times.c3! && times.c3! < times.c4!, JSON.stringify(times)).toBe(true)
    expect(times.c2).toBe(NOW.toISOString())
  })

  it('closes with 4421 for a comment over the text or byte limit', () => {
    const long = change(annasThread, (doc) => void addComment(doc, comment('c2', 'bo', { body: 'x'.repeat(10_000) })))
    expect(judge(long.server, long.update, 'bo')).toMatchObject({ ok: true })
    const tooLong = change(annasThread, (doc) => {
      const entry = new Y.Map<unknown>()
      for (const [key, value] of Object.entries(comment('c2', 'bo', { body: 'x'.repeat(10_001) })))
        entry.set(key, value)
      getComments(doc).set('c2', entry)
    })
    expect(judge(tooLong.server, tooLong.update, 'bo')).toMatchObject({
      ok: false,
      closeCode: CloseCode.commentTooLarge,
    })
    const grown = change(annasThread, (doc) => getComments(doc).get('c1')!.set('body', 'å'.repeat(10_001)))
    expect(judge(grown.server, grown.update, 'anna')).toMatchObject({ ok: false, closeCode: CloseCode.commentTooLarge })
  })

  it('closes with 4420 past the comments of a person or of a document, counting removals', () => {
    const three = (doc: Y.Doc) => ['a1', 'a2', 'a3'].forEach((id) => addComment(doc, comment(id, 'anna')))
    const fourth = change(three, (doc) => void addComment(doc, comment('a4', 'anna')))
    expect(judge(fourth.server, fourth.update, 'anna')).toMatchObject({
      ok: false,
      closeCode: CloseCode.tooManyComments,
    })
    const swap = change(three, (doc) => {
      getComments(doc).delete('a1')
      addComment(doc, comment('a4', 'anna'))
    })
    expect(judge(swap.server, swap.update, 'anna')).toMatchObject({ ok: true })
    const five = (doc: Y.Doc) => {
      three(doc)
      ;['b1', 'b2'].forEach((id) => addComment(doc, comment(id, 'bo')))
    }
    const sixth = change(five, (doc) => void addComment(doc, comment('c1', 'cia')))
    expect(judge(sixth.server, sixth.update, 'cia')).toMatchObject({ ok: false, closeCode: CloseCode.tooManyComments })
  })

  it('refuses a change to comments the relay does not have', () => {
    const elsewhere = new Y.Doc()
    addComment(elsewhere, comment('c9', 'anna'))
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(elsewhere))
    const before = Y.encodeStateVector(client)
    getComments(client).get('c9')!.set('body', 'Ändrat')
    const server = new Y.Doc()
    expect(judge(server, Y.encodeStateAsUpdate(client, before), 'anna')).toMatchObject({ ok: false })
  })
})
