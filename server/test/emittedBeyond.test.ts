import { applyTemplate } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emittedBeyond } from '../src/relay/emittedBeyond.js'
import { randomEdit } from './fuzz/randomEdits.js'
import { seededRandom } from './seededRandom.js'

const snapshot = (doc: Y.Doc) => Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('hex')

/** Applies `input` to `doc`, returning what the document emitted meanwhile. */
function emitted(doc: Y.Doc, input: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = []
  const collect = (update: Uint8Array) => out.push(update)
  doc.on('update', collect)
  Y.applyUpdate(doc, input, 'sender')
  doc.off('update', collect)
  return out
}

describe('emittedBeyond', () => {
  it('is false for what a client sent, true when the update completed a pending one', () => {
    const writer = new Y.Doc()
    writer.getText('t').insert(0, 'först ')
    const first = Y.encodeStateAsUpdate(writer)
    const sv = Y.encodeStateVector(writer)
    writer.getText('t').insert(6, 'sedan')
    const second = Y.encodeStateAsUpdate(writer, sv)

    const plain = new Y.Doc()
    for (const update of emitted(plain, first)) expect(emittedBeyond(update, first)).toBe(false)

    const relay = new Y.Doc()
    expect(emitted(relay, second)).toEqual([]) // pending: it depends on `first`
    const out = emitted(relay, first)
    expect(out.some((update) => emittedBeyond(update, first))).toBe(true)
  })

  it('is true when the relay removed redundant formatting the sender still has (found by the fuzz test)', () => {
    let caught = 0
    for (let seed = 1; seed <= 12 && caught === 0; seed++) {
      const r = seededRandom(seed)
      const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
      const relay = new Y.Doc()
      for (const doc of [...peers, relay]) applyTemplate(doc, 'dokument', 'protocol')
      for (let step = 0; step < 200; step++) {
        const peer = peers[Math.floor(r() * peers.length)]!
        if (r() < 0.5) Y.applyUpdate(peer, Y.encodeStateAsUpdate(relay, Y.encodeStateVector(peer)))
        const sv = Y.encodeStateVector(peer)
        randomEdit(peer, r)
        const input = Y.encodeStateAsUpdate(peer, sv)
        const out = emitted(relay, input)
        const copy = new Y.Doc()
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(peer))
        const before = snapshot(copy)
        for (const update of out) Y.applyUpdate(copy, update)
        const senderLacks = snapshot(copy) !== before
        // Whenever the sender lacks something the relay emitted, the relay must send it back.
        if (senderLacks) {
          expect(out.some((update) => emittedBeyond(update, input))).toBe(true)
          caught++
        }
      }
    }
    expect(caught).toBeGreaterThan(0)
  })
})
