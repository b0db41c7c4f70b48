import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { encodeDurabilityMessage, readDurabilitySeq } from './durabilityMessage.js'
import { MessageType } from './messageTypes.js'

describe('durability message', () => {
  it.each([0, 1, 127, 128, 2 ** 31, Number.MAX_SAFE_INTEGER])('round-trips seq %d', (seq) => {
    const decoder = decoding.createDecoder(encodeDurabilityMessage(seq))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.durability)
    expect(readDurabilitySeq(decoder)).toBe(seq)
    expect(decoding.hasContent(decoder)).toBe(false)
  })

  it('throws on a missing sequence number', () => {
    const decoder = decoding.createDecoder(new Uint8Array([MessageType.durability]))
    decoding.readVarUint(decoder)
    expect(() => readDurabilitySeq(decoder)).toThrow()
  })

  it('keeps its type out of the y-websocket range', () => {
    expect(MessageType.durability).toBeGreaterThan(3)
  })
})
