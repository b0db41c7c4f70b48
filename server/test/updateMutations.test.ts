import { encodeDurabilityMessage, MessageType, parseDocumentId, SyncMessageType } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { attackedServers, syncFrame } from './attackHarness.js'
import { seededRandom } from './seededRandom.js'
import { waitFor } from './waitFor.js'

const { start } = attackedServers()

/** Updates a client would send while writing: text, formatting, deletions, an XML body. */
function realisticUpdates(count: number, random: () => number): Uint8Array[] {
  const doc = new Y.Doc()
  const text = doc.getText('text')
  const body = doc.getXmlFragment('body')
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < count; i++) {
    const r = random()
    if (r < 0.4) text.insert(Math.floor(random() * (text.length + 1)), `ord${i} `)
    else if (r < 0.55 && text.length > 2) text.format(0, Math.ceil(random() * text.length), { bold: random() < 0.5 })
    else if (r < 0.7 && text.length > 2) text.delete(Math.floor(random() * (text.length - 1)), 1)
    else {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.setAttribute('id', `p${i}`)
      paragraph.insert(0, [new Y.XmlText(`stycke ${i}`)])
      body.insert(Math.floor(random() * (body.length + 1)), [paragraph])
    }
  }
  return updates
}

describe('random mutations of valid updates', () => {
  it('never hang, crash or corrupt the relay: thousands per run', async () => {
    const { server, crowd } = await start()
    const random = seededRandom(2026)
    const valid = realisticUpdates(300, random)
    const total = 3000
    let sent = 0
    let closes = 0
    let seq = 0
    while (sent < total) {
      const ws = new WebSocket(`${server.syncUrl}/mutations`)
      const closed = new Promise<number>((resolve) => ws.on('close', resolve))
      ws.on('error', () => {})
      await new Promise((resolve) => ws.on('open', resolve))
      const acks = new Set<number>()
      ws.on('message', (data: Buffer) => {
        if (data[0] === MessageType.durability) acks.add(data[1] ?? -1)
      })
      let open = true
      void closed.then(() => (open = false))
      while (open && sent < total) {
        for (let i = 0; i < 20 && sent < total; i++, sent++) {
          const update = Uint8Array.from(valid[Math.floor(random() * valid.length)]!)
          const flips = 1 + Math.floor(random() * 3)
          for (let k = 0; k < flips; k++) {
            const at = Math.floor(random() * update.length)
            update[at] = random() < 0.5 ? Math.floor(random() * 256) : [0, 0x7f, 0x80, 0xff][Math.floor(random() * 4)]!
          }
          ws.send(syncFrame(random() < 0.5 ? SyncMessageType.update : SyncMessageType.step2, update))
        }
        seq = (seq + 1) % 100
        const mark = seq
        ws.send(encodeDurabilityMessage(mark))
        // The relay answers (or closes the connection) promptly: it never hangs on an update.
        await waitFor(() => acks.has(mark) || !open, 'the relay to answer after mutated updates', 10_000)
      }
      if (!open) closes++
      ws.terminate()
      await closed
    }
    expect(closes).toBeGreaterThan(10)
    await crowd.check(closes + 2)
    // Whatever was accepted is consistent: memory, storage and a fresh client agree.
    const inMemory = await server.server.relay.read(
      { documentId: parseDocumentId('mutations')!, kind: 'content' },
      (doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex'),
    )
    const stored = new Y.Doc()
    for (const update of (await server.storage.updates.load('mutations')).updates) Y.applyUpdate(stored, update)
    expect(Buffer.from(Y.encodeStateVector(stored)).toString('hex')).toBe(inMemory)
    await waitFor(() => server.server.relay.openRoomCount === 1, 'the attacked room to unload')
  })
})
