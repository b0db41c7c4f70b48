import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody, getMetaMap, initializeDocumentMeta, META_KEYS, plainText, fragmentToJson } from '@samskriv/shared'
import { refusedChanges } from './refusedChanges'

function approvedPair() {
  const relay = new Y.Doc()
  initializeDocumentMeta(relay, { type: 'guidance', title: 'Rutin' })
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Godkänd text.')])
  getBody(relay).insert(0, [paragraph])
  const device = new Y.Doc()
  Y.applyUpdate(device, Y.encodeStateAsUpdate(relay))
  return { relay, device }
}

describe('refusedChanges', () => {
  it('is what the device wrote that the relay lacks, applicable to the relay’s state', () => {
    const { relay, device } = approvedPair()
    const offline = new Y.XmlElement('paragraph')
    offline.insert(0, [new Y.XmlText('Skrivet offline.')])
    getBody(device).insert(1, [offline])
    getMetaMap(relay).set(META_KEYS.lock, { state: 'approved', version: 1 })
    Y.applyUpdate(device, Y.encodeStateAsUpdate(relay, Y.encodeStateVector(device)))

    const kept = refusedChanges(device, {
      lock: { state: 'approved', version: 1 },
      revision: 1,
      stale: false,
      stateVector: Y.encodeStateVector(relay),
    })
    expect(kept?.baseRevision).toBe(1)
    const next = new Y.Doc()
    Y.applyUpdate(next, Y.encodeStateAsUpdate(relay))
    Y.applyUpdate(next, kept!.update)
    expect(plainText(fragmentToJson(getBody(next)).content)).toBe('Godkänd text.\nSkrivet offline.')
  })

  it('keeps nothing when the device holds nothing the relay lacks', () => {
    const { relay, device } = approvedPair()
    const notice = { lock: { state: 'approved', version: 1 } as const, revision: 1, stale: false }
    expect(refusedChanges(device, { ...notice, stateVector: Y.encodeStateVector(relay) })).toBeNull()
  })

  it('keeps nothing for a refusal of a draft (a reader’s update is no proposal)', () => {
    const { relay, device } = approvedPair()
    getBody(device).insert(0, [new Y.XmlElement('paragraph')])
    const notice = { lock: { state: 'draft' } as const, revision: 1, stale: false }
    expect(refusedChanges(device, { ...notice, stateVector: Y.encodeStateVector(relay) })).toBeNull()
    expect(
      refusedChanges(device, { ...notice, stale: true, revision: 2, stateVector: Y.encodeStateVector(relay) }),
    ).toMatchObject({
      baseRevision: 1,
    })
  })
})
