import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  META_KEYS,
  SCHEMA_VERSION,
} from '@samskriv/shared'
import { bodyExtensions } from '@samskriv/shared/editor'
import { unbindCollaboration } from '../editor/unbindCollaboration'
import { bodyNodeNames } from '@samskriv/shared'
import { SchemaGuard } from './SchemaGuard'

const editors: Editor[] = []
const guards: SchemaGuard[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
  for (const guard of guards.splice(0)) guard.destroy()
})

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function draft(schemaVersion: number = SCHEMA_VERSION): Y.Doc {
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'protocol', title: 'Protokoll LGL 2026-02-06' })
  getMetaMap(doc).set(META_KEYS.schemaVersion, schemaVersion)
  appendJsonToFragment(getBody(doc), [paragraph('Ordföranden öppnade mötet.')])
  return doc
}

function guard(doc: Y.Doc): SchemaGuard {
  const created = new SchemaGuard(doc, bodyNodeNames())
  guards.push(created)
  return created
}

/** What a newer version of the app writes: a block type this version does not know. */
const newerBlock: JSONContent = {
  type: 'votingResult',
  attrs: { id: 'v1' },
  content: [paragraph('Fem röster för, två emot.')],
}

function hasNewerBlock(doc: Y.Doc): boolean {
  return getBody(doc)
    .toArray()
    .some((node) => node instanceof Y.XmlElement && node.nodeName === 'votingResult')
}

describe('SchemaGuard.evaluate', () => {
  it('tells a current document, one to migrate, and one from a newer version apart', () => {
    expect(guard(draft()).evaluate()).toBe('current')
    expect(guard(draft(1)).evaluate()).toBe('needsMigration')
    const newer = guard(draft(SCHEMA_VERSION + 1))
    expect(newer.evaluate()).toBe('tooNew')
    expect(newer.conflictReason).toBe('documentVersion')
  })

  it('treats a document holding a block type it does not know as newer, whatever its version says', () => {
    const doc = draft()
    appendJsonToFragment(getBody(doc), [newerBlock])
    const checked = guard(doc)
    expect(checked.evaluate()).toBe('tooNew')
    expect(checked.conflictReason).toBe('unknownBlocks')
  })
})

describe('an editor bound to a document that a newer version writes to', () => {
  function bind(doc: Y.Doc): Editor {
    const editor = new Editor({
      extensions: [...bodyExtensions(), Collaboration.configure({ document: doc, fragment: getBody(doc) })],
    })
    editors.push(editor)
    return editor
  }

  function newerWriterAdds(doc: Y.Doc): void {
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    appendJsonToFragment(getBody(other), [newerBlock])
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'remote')
  }

  it('is unbound before y-prosemirror can delete the block it cannot read', () => {
    const doc = draft()
    // As the session does: the guard observes the document before any editor binds to it.
    const watching = guard(doc)
    expect(watching.evaluate()).toBe('current')
    const editor = bind(doc)
    watching.onConflict(() => unbindCollaboration(editor))

    newerWriterAdds(doc)

    expect(watching.conflictReason).toBe('unknownBlocks')
    expect(hasNewerBlock(doc)).toBe(true)
    expect(editor.isEditable).toBe(false)
    // Typing can no longer reach the document.
    editor.commands.insertContentAt(1, 'Inte hit ')
    expect(getBody(doc).toString()).not.toContain('Inte hit')
  })

  it('(without the guard, y-prosemirror deletes the block: what the guard prevents)', () => {
    const doc = draft()
    bind(doc)
    newerWriterAdds(doc)
    expect(hasNewerBlock(doc)).toBe(false)
  })
})
