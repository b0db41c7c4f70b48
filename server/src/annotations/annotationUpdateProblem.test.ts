import { addComment, getComments, type Comment } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { annotationUpdateProblem } from './annotationUpdateProblem.js'

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

const annasThread = (doc: Y.Doc) => void addComment(doc, comment('c1', 'anna'))

describe('annotationUpdateProblem', () => {
  it('lets someone add their own comment and reply', () => {
    const { server, update } = change(annasThread, (doc) => {
      addComment(doc, comment('c2', 'bo', { parentId: 'c1', anchor: null }))
    })
    expect(annotationUpdateProblem(server, update, 'bo')).toBeNull()
  })

  it.each<[string, (doc: Y.Doc) => void]>([
    ['a comment in someone else’s name', (doc) => void addComment(doc, comment('c2', 'anna'))],
    ['changing someone else’s text', (doc) => getComments(doc).get('c1')!.set('body', 'Ändrat')],
    ['withdrawing someone else’s comment', (doc) => getComments(doc).get('c1')!.set('deleted', true)],
    ['removing someone else’s comment', (doc) => getComments(doc).delete('c1')],
    ['taking over a comment', (doc) => getComments(doc).get('c1')!.set('authorId', 'bo')],
    [
      'resolving in someone else’s name',
      (doc) => {
        getComments(doc).get('c1')!.set('resolved', true)
        getComments(doc).get('c1')!.set('resolvedBy', 'anna')
      },
    ],
    ['a comment that does not validate', (doc) => getComments(doc).set('c3', new Y.Map([['id', 'c3']]))],
    ['writing content into the annotations', (doc) => doc.getXmlFragment('body').insert(0, [new Y.XmlText('x')])],
  ])('refuses %s', (_what, edit) => {
    const { server, update } = change(annasThread, edit)
    expect(annotationUpdateProblem(server, update, 'bo')).toEqual(expect.any(String))
  })

  it('lets anyone resolve and reopen a thread in their own name', () => {
    const { server, update } = change(annasThread, (doc) => {
      const thread = getComments(doc).get('c1')!
      thread.set('resolved', true)
      thread.set('resolvedBy', 'bo')
      thread.set('resolvedAt', '2026-11-21T10:00:00.000Z')
    })
    expect(annotationUpdateProblem(server, update, 'bo')).toBeNull()
  })

  it('lets the author edit and withdraw their own comment', () => {
    const { server, update } = change(annasThread, (doc) => {
      getComments(doc).get('c1')!.set('body', 'Stämmer datumet 20 november?')
      getComments(doc).get('c1')!.set('deleted', true)
    })
    expect(annotationUpdateProblem(server, update, 'anna')).toBeNull()
  })
})
