import {
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  META_KEYS,
  SCHEMA_VERSION,
  setDocumentTitle,
} from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { inspectUpdate } from '../workers/inspectUpdate.js'
import { metaRules, mightTouchMeta } from './metaUpdateProblem.js'

/** The relay's document and a client's copy of it. */
function pair(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc()
  initializeDocumentMeta(server, { type: 'protocol', title: 'Protokoll' })
  getBody(server).insert(0, [new Y.XmlText('början')])
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

/** What the client changed, and what the checking worker found it refers to. */
function change(client: Y.Doc, edit: (doc: Y.Doc) => void) {
  const before = Y.encodeStateVector(client)
  edit(client)
  const update = Y.encodeStateAsUpdate(client, before)
  const { references } = inspectUpdate(update, { references: true })
  return { update, references: references! }
}

const actor = { userId: null, userName: null, schemaVersion: SCHEMA_VERSION }

describe('metaRules', () => {
  it('tries on a copy only what might reach meta: typing in the body never', () => {
    const { server, client } = pair()
    const typing = change(client, (doc) => (getBody(doc).get(0) as Y.XmlText).insert(6, ' och mer'))
    expect(mightTouchMeta(server, typing.references, false)).toBe(false)
    const renaming = change(client, (doc) => setDocumentTitle(doc, 'Nytt namn'))
    expect(mightTouchMeta(server, renaming.references, false)).toBe(true)
    // What waits for missing changes may join meta with a later update: always tried.
    expect(mightTouchMeta(server, typing.references, true)).toBe(true)
  })

  it('lets a rename through and refuses a lock written by a client, judged on the worker’s findings', () => {
    const { server, client } = pair()
    const judge = ({ update, references }: ReturnType<typeof change>) =>
      metaRules.judge({ doc: server, update, described: null, references, waits: false, actor })
    const rename = change(client, (doc) => setDocumentTitle(doc, 'Nytt namn'))
    expect(judge(rename)).toEqual({ ok: true })
    Y.applyUpdate(server, rename.update)
    const lock = change(client, (doc) => getMetaMap(doc).set(META_KEYS.lock, { state: 'approved', version: 3 }))
    expect(judge(lock)).toMatchObject({ ok: false, problem: 'meta.lock is written by the server only' })
    // A deletion of a meta value is caught too.
    const removal = change(client, (doc) => getMetaMap(doc).delete(META_KEYS.type))
    expect(mightTouchMeta(server, removal.references, false)).toBe(true)
    expect(judge(removal)).toMatchObject({ ok: false })
  })
})
