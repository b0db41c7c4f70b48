import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { currentState, decodeAcknowledged, encodeAcknowledged } from '../sync/relayHoldingsStore'
import { unsyncedCommentIds } from './unsyncedComments'
import { replyToThread, startThread } from './commentActions'

const anna = { id: 'anna', name: 'Anna' }
const anchor = { kind: 'block' as const, blockId: 'b1', quote: 'Beslut' }

describe('unsyncedCommentIds', () => {
  it('marks comments written after the acknowledged state, and none once it covers them', () => {
    const doc = new Y.Doc()
    const first = startThread(doc, anna, 'Första', anchor)
    const acknowledged = currentState(doc)
    const second = startThread(doc, anna, 'Andra', anchor)
    const reply = replyToThread(doc, anna, first, 'Svar')
    expect(unsyncedCommentIds(doc, acknowledged)).toEqual(new Set([second, reply]))
    expect(unsyncedCommentIds(doc, new Map())).toEqual(new Set([first, second, reply]))
    expect(unsyncedCommentIds(doc, currentState(doc))).toEqual(new Set())
  })

  it('counts comments from another writer by that writer’s clock', () => {
    const other = new Y.Doc()
    startThread(other, anna, 'Från Bo', anchor)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    const mine = startThread(doc, anna, 'Min', anchor)
    const acknowledged = new Map(currentState(other))
    expect(unsyncedCommentIds(doc, acknowledged)).toEqual(new Set([mine]))
  })

  it('stores the acknowledged state as JSON and reads anything malformed as nothing', () => {
    const state = new Map([[123456789, 17]])
    expect(decodeAcknowledged(JSON.parse(JSON.stringify(encodeAcknowledged(state))))).toEqual(state)
    expect(decodeAcknowledged({ x: 1, 5: -1, 6: 'a' })).toEqual(new Map())
    expect(decodeAcknowledged(null)).toEqual(new Map())
  })
})
