import { Editor, getSchema, type AnyExtension, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import type { Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import * as Y from 'yjs'
import { appendJsonToFragment, getBody } from '@samskriv/shared'
import { bodyExtensions } from '@samskriv/shared/editor'
export { seededRandom } from '@samskriv/shared/testing'
import { blockBehaviourExtensions } from '../editorExtensions'

/** Where a writer puts the caret before typing: a position in the peer's current document. */
export type Place = (doc: PMNode) => number

/** One writer: what they type, where they start, and how fast (ms between keys). */
export interface Writer {
  readonly text: string
  readonly place: Place
  readonly msPerKey: readonly [min: number, max: number]
}

/** The network between each peer and the relay: one-way delay of each message, ms. */
export interface Network {
  readonly latency: readonly [min: number, max: number]
}

/** A headless editor per writer, bound to its own Y.Doc, connected to one relay doc. */
export interface TypingPeers {
  readonly relay: Y.Doc
  readonly editors: readonly Editor[]
  destroy(): void
}

const REMOTE = Symbol('remote')

/** The editor extensions headless tests bind: the body schema, the client behaviour, collaboration. */
export function boundExtensions(doc: Y.Doc): AnyExtension[] {
  return [
    ...bodyExtensions(),
    ...blockBehaviourExtensions(),
    Collaboration.configure({ document: doc, fragment: getBody(doc) }),
  ]
}

/**
 * Types one character the way ProseMirror does for a key press: input handlers (input rules)
 * first, else the text replaces the selection with the marks at the caret.
 */
export function typeCharacter(editor: Editor, character: string): void {
  const { view } = editor
  const { from, to } = view.state.selection
  const insert = () => view.state.tr.insertText(character, from, to)
  const handled = view.someProp('handleTextInput', (f) => f(view, from, to, character, insert))
  if (handled !== true) view.dispatch(view.state.tr.insertText(character))
}

/**
 * Runs writers typing at once through a simulated relay, in simulated time: each writer's keys
 * come 60–250 ms apart (or as given), each update reaches the relay and from there every other
 * peer after the network's delay, in order per connection, as over a websocket. Returns when every
 * key is typed and every update delivered.
 */
export function typeTogether(
  content: readonly JSONContent[],
  writers: readonly Writer[],
  random: () => number,
  network: Network = { latency: [5, 60] },
): TypingPeers {
  const relay = new Y.Doc()
  // Through the schema first, so marks and blocks carry every attribute, as the editor writes them.
  const schema = getSchema(boundExtensions(relay))
  const written = schema.nodeFromJSON({ type: 'doc', content }).toJSON() as JSONContent
  appendJsonToFragment(getBody(relay), written.content ?? [])
  const initial = Y.encodeStateAsUpdate(relay)
  const docs = writers.map(() => {
    const doc = new Y.Doc()
    // Seeded too: Yjs orders concurrent insertions (and settles formatting) by client id.
    doc.clientID = Math.floor(random() * 2 ** 31) + 1
    // Seeded too: Yjs orders concurrent insertions (and settles formatting) by client id.
    doc.clientID = Math.floor(random() * 2 ** 31) + 1
    Y.applyUpdate(doc, initial, REMOTE)
    return doc
  })
  const editors = docs.map((doc) => new Editor({ extensions: boundExtensions(doc) }))

  const events: { at: number; order: number; run: () => void }[] = []
  let order = 0
  const schedule = (at: number, run: () => void) => events.push({ at, order: order++, run })
  const between = ([min, max]: readonly [number, number]) => min + random() * (max - min)
  let now = 0
  // Per direction of each connection, the time its last message arrives: later ones queue behind.
  const upFree = docs.map(() => 0)
  const downFree = docs.map(() => 0)

  docs.forEach((doc, from) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return
      upFree[from] = Math.max(upFree[from]!, now + between(network.latency))
      schedule(upFree[from], () => {
        Y.applyUpdate(relay, update, REMOTE)
        docs.forEach((other, to) => {
          if (to === from) return
          downFree[to] = Math.max(downFree[to]!, now + between(network.latency))
          schedule(downFree[to], () => Y.applyUpdate(other, update, REMOTE))
        })
      })
    })
  })

  writers.forEach((writer, index) => {
    const editor = editors[index]!
    let at = between([0, 40])
    schedule(at, () => {
      const pos = writer.place(editor.state.doc)
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)))
    })
    for (const character of writer.text) {
      at += between(writer.msPerKey)
      schedule(at, () => typeCharacter(editor, character))
    }
  })

  while (events.length > 0) {
    events.sort((a, b) => a.at - b.at || a.order - b.order)
    const next = events.shift()!
    now = next.at
    next.run()
  }

  return {
    relay,
    editors,
    destroy: () => editors.forEach((editor) => editor.destroy()),
  }
}

/** The position `offset` characters into the `index`th textblock whose text is `text`. */
export function inTextblock(text: string, offset: number, index = 0): Place {
  return (doc) => {
    const found: number[] = []
    doc.descendants((node, pos) => {
      if (node.isTextblock && node.textContent === text) found.push(pos + 1)
      return !node.isTextblock
    })
    const start = found[index]
    if (start === undefined) throw new Error(`No textblock "${text}" (#${index})`)
    return start + Math.min(offset, text.length)
  }
}
