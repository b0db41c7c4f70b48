import type net from 'node:net'
import { CLIENT_PARAMS, CloseCode, SCHEMA_VERSION, SyncMessageType } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { signIn, team } from './accounts.js'
import { attackedServers, storedText, syncFrame } from './attackHarness.js'
import { storedBytes, tokenClient } from './relayClient.js'
import { connectClient, sendRaw } from './syncClient.js'
import { waitFor } from './waitFor.js'

const { start, cleanups } = attackedServers()
const extra: Array<() => void> = []
afterEach(() => {
  for (const c of extra.splice(0)) c()
})

/** An update that inserts `text` after something the relay never received, so it waits. */
function orphan(text: string): Uint8Array {
  const origin = new Y.Doc()
  origin.getText('text').insert(0, 'aldrig skickat')
  const child = new Y.Doc()
  Y.applyUpdate(child, Y.encodeStateAsUpdate(origin))
  const before = Y.encodeStateVector(child)
  child.getText('text').insert(3, text)
  return Y.encodeStateAsUpdate(child, before)
}

/** A raw connection that stops reading: what the relay sends it piles up. */
async function sleeper(syncUrl: string, room: string): Promise<WebSocket> {
  const ws = new WebSocket(`${syncUrl}/${room}`)
  ws.on('error', () => {})
  extra.push(() => ws.terminate())
  await new Promise((resolve) => ws.on('open', resolve))
  ;(ws as unknown as { _socket: net.Socket })._socket.pause()
  return ws
}

const askForEverything = syncFrame(SyncMessageType.step1, Y.encodeStateVector(new Y.Doc()))

describe('relay limits', () => {
  it('closes an update that would leave too much waiting for missing changes (4423), storing nothing of it', async () => {
    const { server, crowd } = await start({ limits: { maxPendingBytesPerDocument: 600 } })
    const first = orphan('a'.repeat(300))
    expect(first.byteLength).toBeLessThan(600)
    const stored = async () => storedBytes((await server.storage.updates.load('bystanders')).updates)
    const initially = await stored()
    expect(await sendRaw(server.syncUrl, 'bystanders', [syncFrame(SyncMessageType.update, first)], 1500)).toBe('open')
    await waitFor(async () => (await stored()) !== initially, 'the first stored, waiting')
    expect(await storedText(server, 'bystanders')).not.toContain('aaa')
    const before = await stored()
    const second = syncFrame(SyncMessageType.update, orphan('b'.repeat(400)))
    expect(await sendRaw(server.syncUrl, 'bystanders', [second])).toBe(CloseCode.pendingTooLarge)
    expect(await stored()).toBe(before)
    await crowd.check(1)
  })

  it('closes a connection that asks for the whole document again and again (4429)', async () => {
    const { server, crowd } = await start()
    const asks = Array.from({ length: 7 }, () => askForEverything)
    expect(await sendRaw(server.syncUrl, 'bystanders', asks)).toBe(CloseCode.rateLimited)
    expect(await sendRaw(server.syncUrl, 'bystanders', asks.slice(0, 2), 1000)).toBe('open')
    await crowd.check(1)
  })

  it('drops the client with the most waiting once all clients’ backlogs pass theirs (4508)', async () => {
    const max = 3 * 1024 * 1024
    const { server, crowd } = await start({
      limits: {
        maxTotalSendBufferBytes: max,
        maxSendBufferBytes: 64 * 1024 * 1024,
        syncRequestsPerMinute: 100,
        syncRequestBurst: 100,
      },
    })
    const writer = connectClient(server.syncUrl, 'big')
    extra.push(() => writer.close())
    writer.text.insert(0, 'å'.repeat(500_000))
    await writer.flush()
    const sleepers = await Promise.all([1, 2, 3].map(() => sleeper(server.syncUrl, 'big')))
    let highest = 0
    for (let round = 0; round < 12; round++) {
      for (const ws of sleepers) if (ws.readyState === ws.OPEN) ws.send(askForEverything)
      await new Promise((resolve) => setTimeout(resolve, 50))
      highest = Math.max(highest, server.server.relay.unsentBytes)
    }
    await waitFor(() => server.logs.some((l) => l.includes(`"code":${CloseCode.slowConsumer}`)), 'a sleeper dropped')
    // Never more than the budget and one answer (about 1 MB) beyond it.
    expect(highest).toBeLessThan(max + 1.2 * 1024 * 1024)
    await crowd.check(20)
  })
})

describe('connections per person', () => {
  it('refuses a person more connections to a document than allowed (4504); everyone else still connects', async () => {
    const { server } = await start({ limits: { maxConnectionsPerPersonPerDocument: 2 } })
    const t = await team(server, { Eva: 'editor', Rut: 'reader' })
    const id = (
      await t.members.Eva!.api('POST', '/api/documents', { title: 'P', type: 'protocol', groupId: t.groupId })
    ).body.id as string
    const token = async (who: 'Eva' | 'Rut') =>
      (await t.members[who]!.api('GET', `/api/documents/${id}/token`)).body.token as string
    const connect = async (who: 'Eva' | 'Rut', room = id) => {
      const client = tokenClient(server.syncUrl, room, await token(who))
      cleanups.push(client.close)
      return client
    }
    const rut = [await connect('Rut'), await connect('Rut')]
    await waitFor(() => rut.every((c) => c.provider.synced), 'two of Rut’s connections synced')
    const third = await connect('Rut')
    await waitFor(() => third.closes.includes(CloseCode.personConnectionsFull), 'the third refused')
    third.close()
    // Her two go on, others connect, and her comments are a room of their own.
    const eva = await connect('Eva')
    const comments = await connect('Rut', `${id}/annotations`)
    await waitFor(() => eva.provider.synced && comments.provider.synced, 'others connect')
    eva.doc.getText('t').insert(0, 'hej')
    await waitFor(() => rut.every((c) => c.doc.getText('t').toString() === 'hej'), 'Rut’s connections still sync')
    expect(server.logs.filter((l) => l.includes(`"code":${CloseCode.personConnectionsFull}`))).toHaveLength(1)
  })
})

describe('a refusal touches the refused connection only', () => {
  it('closes the connection past a limit (4423, 4429), stores nothing of it, and the person’s other session goes on', async () => {
    const { server } = await start({ limits: { maxPendingBytesPerDocument: 600 } })
    const t = await team(server, { Eva: 'editor' })
    const eva = t.members.Eva!
    const id = (await eva.api('POST', '/api/documents', { title: 'P', type: 'protocol', groupId: t.groupId })).body
      .id as string
    // Eva's other session: signed in elsewhere, editing the same document.
    const elsewhere = await signIn(server, 'eva@example.se', eva.id)
    const token = async (who: typeof eva) => (await who.api('GET', `/api/documents/${id}/token`)).body.token as string
    const other = tokenClient(server.syncUrl, id, await token(elsewhere))
    cleanups.push(other.close)
    await waitFor(() => other.provider.synced, 'her other session synced')
    const stored = async () => storedBytes((await server.storage.updates.load(id)).updates)
    const raw = async () =>
      `${id}?${CLIENT_PARAMS.schemaVersion}=${SCHEMA_VERSION}&${CLIENT_PARAMS.token}=${encodeURIComponent(await token(eva))}`

    const first = syncFrame(SyncMessageType.update, orphan('a'.repeat(300)))
    const before = await stored()
    expect(await sendRaw(server.syncUrl, await raw(), [first], 1500)).toBe('open')
    await waitFor(async () => (await stored()) !== before, 'the first stored, waiting')
    const waiting = await stored()
    const second = syncFrame(SyncMessageType.update, orphan('b'.repeat(400)))
    expect(await sendRaw(server.syncUrl, await raw(), [second])).toBe(CloseCode.pendingTooLarge)
    expect(await stored()).toBe(waiting)
    const asks = Array.from({ length: 7 }, () => askForEverything)
    expect(await sendRaw(server.syncUrl, await raw(), asks)).toBe(CloseCode.rateLimited)
    expect(await stored()).toBe(waiting)

    // Her other session was never closed, and what it writes is stored and relayed.
    other.doc.getText('t').insert(0, 'fortfarande här')
    const reader = tokenClient(server.syncUrl, id, await token(eva))
    cleanups.push(reader.close)
    await waitFor(() => reader.doc.getText('t').toString() === 'fortfarande här', 'her other session still writes')
    expect(other.closes).toEqual([])
    expect(await stored()).not.toBe(waiting)
  })
})
