import { CloseCode, encodeDurabilityMessage, MessageType, SyncMessageType } from '@samskriv/shared'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { decodeClientMessage } from './decodeClientMessage.js'
import { ProtocolError } from './ProtocolError.js'

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

const sync = (subType: number, payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, subType)
    encoding.writeVarUint8Array(e, payload)
  })

function closeCodeOf(bytes: Uint8Array): number | null {
  try {
    decodeClientMessage(bytes)
    return null
  } catch (error) {
    return error instanceof ProtocolError ? error.closeCode : -1
  }
}

describe('decodeClientMessage', () => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'hej')

  it('decodes what a stock y-websocket client sends', () => {
    expect(decodeClientMessage(sync(SyncMessageType.step1, Y.encodeStateVector(doc)))).toMatchObject({
      type: 'syncStep1',
    })
    expect(decodeClientMessage(sync(SyncMessageType.step2, Y.encodeStateAsUpdate(doc)))).toMatchObject({
      type: 'update',
    })
    expect(decodeClientMessage(sync(SyncMessageType.update, Y.encodeStateAsUpdate(doc)))).toMatchObject({
      type: 'update',
    })
    expect(decodeClientMessage(frame((e) => encoding.writeVarUint(e, MessageType.queryAwareness)))).toEqual({
      type: 'queryAwareness',
    })
    const awareness = new awarenessProtocol.Awareness(doc)
    awareness.setLocalState({ user: { name: 'Björn' } })
    const message = decodeClientMessage(
      frame((e) => {
        encoding.writeVarUint(e, MessageType.awareness)
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))
      }),
    )
    expect(message).toMatchObject({
      type: 'awareness',
      entries: [{ clientId: doc.clientID, state: { user: { name: 'Björn' } } }],
    })
    awareness.destroy()
  })

  it('decodes our durability request', () => {
    expect(decodeClientMessage(encodeDurabilityMessage(42))).toEqual({ type: 'durability', seq: 42 })
  })

  it.each<[string, Uint8Array, number]>([
    ['empty', new Uint8Array(), CloseCode.malformedMessage],
    ['a truncated varint', new Uint8Array([0x80]), CloseCode.malformedMessage],
    [
      'a type beyond 53 bits',
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
      CloseCode.malformedMessage,
    ],
    ['an unknown type', new Uint8Array([0x63]), CloseCode.unsupportedMessage],
    ['an unknown sync type', sync(7, new Uint8Array()), CloseCode.unsupportedMessage],
    ['a payload longer than the frame', new Uint8Array([0, 2, 50, 1]), CloseCode.malformedMessage],
    ['trailing bytes', new Uint8Array([...encodeDurabilityMessage(1), 0]), CloseCode.malformedMessage],
    ['a durability request without seq', new Uint8Array([MessageType.durability]), CloseCode.malformedMessage],
    [
      'awareness JSON that does not parse',
      frame((e) => {
        encoding.writeVarUint(e, MessageType.awareness)
        encoding.writeVarUint8Array(
          e,
          frame((a) => {
            encoding.writeVarUint(a, 1)
            encoding.writeVarUint(a, 1)
            encoding.writeVarUint(a, 1)
            encoding.writeVarString(a, '{not json')
          }),
        )
      }),
      CloseCode.malformedMessage,
    ],
  ])('refuses %s', (_name, bytes, code) => {
    expect(closeCodeOf(bytes)).toBe(code)
  })

  it('never throws anything but a ProtocolError on random bytes', () => {
    let seed = 1
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 2000; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256))
      expect(closeCodeOf(bytes)).not.toBe(-1)
    }
  })
})
