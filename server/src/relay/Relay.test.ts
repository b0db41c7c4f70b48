import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { CloseCode, MessageType, SyncMessageType } from '@samskriv/shared'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { silentLogger } from '../Logger.js'
import { MemoryStorage } from '../storage/MemoryStorage.js'
import { Relay, type RelayAuthentication, type RelayLimits } from './Relay.js'

const servers: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

/** A bare relay on port 0 whose authentication the test controls. */
async function relayWith(authenticate: () => Promise<RelayAuthentication>, limits: Partial<RelayLimits> = {}) {
  const storage = new MemoryStorage()
  const relay = new Relay({ store: storage.updates, log: silentLogger, authenticate, limits })
  const server = http.createServer()
  server.on('upgrade', (request, socket, head) => relay.handleUpgrade(request, socket, head))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`
  servers.push({
    close: async () => {
      await relay.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  })
  return { url, storage }
}

function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  encoding.writeVarUint(e, SyncMessageType.update)
  encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc))
  return encoding.toUint8Array(e)
}

/** Resolves with 'open', or with the HTTP status an upgrade was refused with. */
const connect = (url: string) =>
  new Promise<'open' | number>((resolve) => {
    const ws = new WebSocket(url)
    servers.push({ close: () => Promise.resolve(ws.terminate()) })
    ws.on('error', () => {})
    ws.on('open', () => resolve('open'))
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
  })

describe('authentication at the relay', () => {
  it('answers 503 to connections beyond those being opened at once, and takes them once judged', async () => {
    const waiting: Array<() => void> = []
    const admit = () =>
      new Promise<RelayAuthentication>((resolve) =>
        waiting.push(() => resolve({ ok: true, access: 'edit', identity: null })),
      )
    const { url } = await relayWith(admit, { maxConnectionsOpening: 2 })
    expect(await connect(`${url}/room`)).toBe('open')
    expect(await connect(`${url}/room`)).toBe('open')
    expect(await connect(`${url}/room`)).toBe(503)
    for (const release of waiting.splice(0)) release()
    expect(await connect(`${url}/room`)).toBe('open')
  })

  it('closes a connection that sends more than the cap before it is authenticated', async () => {
    const { url } = await relayWith(() => new Promise(() => {}))
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${url}/room`)
      ws.on('open', () => {
        for (let i = 0; i < 300; i++) ws.send(new Uint8Array([MessageType.queryAwareness]))
      })
      ws.on('close', (c) => resolve(c))
    })
    expect(code).toBe(CloseCode.tooMuchBeforeAuth)
  })

  it('replays what waited, in order, once authenticated; stores nothing of a refused one', async () => {
    let admit: (result: RelayAuthentication) => void = () => {}
    const { url, storage } = await relayWith(() => new Promise((resolve) => (admit = resolve)))
    const ws = new WebSocket(`${url}/room`)
    await new Promise((resolve) => ws.on('open', resolve))
    ws.send(updateFrame('väntade'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await storage.updates.load('room')).updates).toEqual([])
    admit({ ok: true, access: 'edit', identity: { userId: 'u1', sessionId: 's1', name: 'Anna' } })
    const deadline = Date.now() + 5000
    while ((await storage.updates.load('room')).updates.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10))
    expect((await storage.updates.load('room')).updates.length).toBe(1)
    ws.close()

    const refused = new WebSocket(`${url}/other`)
    await new Promise((resolve) => refused.on('open', resolve))
    refused.send(updateFrame('nekad'))
    const closed = new Promise<number>((resolve) => refused.on('close', resolve))
    admit({ ok: false, code: CloseCode.forbidden, reason: 'no access' })
    expect(await closed).toBe(CloseCode.forbidden)
    expect((await storage.updates.load('other')).updates).toEqual([])
  })
})
