import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startRedis, type TestRedis } from '../../../test/services/redis.js'
import { waitFor } from '../../../test/waitFor.js'
import type { Logger } from '../../Logger.js'
import type { RelayMessage, RoomMessage } from './RelayBus.js'
import { RedisBus } from './RedisBus.js'

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} }

let redis: TestRedis
beforeAll(async () => {
  if (inject('servicesAvailable')) redis = await startRedis()
})
afterAll(() => redis?.stop())

describe.skipIf(!inject('servicesAvailable'))('RedisBus', () => {
  it('carries a room’s messages to the other processes that serve it, never back to the sender', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => RedisBus.connect(redis.url, silent)))
    const heard: Record<string, RoomMessage[]> = { a: [], b: [], c: [] }
    const roomA = await a!.joinRoom('doc', (m) => heard.a!.push(m))
    await b!.joinRoom('doc', (m) => heard.b!.push(m))
    await c!.joinRoom('other', (m) => heard.c!.push(m))
    const update: RoomMessage = {
      type: 'updates',
      firstSeq: 3,
      lastSeq: 4,
      updates: [new Uint8Array([1]), new Uint8Array([2, 3])],
    }
    roomA.publish(update)
    roomA.publish({ type: 'lock', lock: { state: 'approved', version: 2 }, revision: 1 })
    await waitFor(() => heard.b!.length === 2, 'b hears both')
    expect(heard.b).toEqual([update, { type: 'lock', lock: { state: 'approved', version: 2 }, revision: 1 }])
    expect(heard.a).toEqual([])
    expect(heard.c).toEqual([])

    const reconsidered: RelayMessage[] = []
    c!.onRelayMessage((m) => reconsidered.push(m))
    a!.publishRelay({ type: 'reconsider', userId: 'u1', documentIds: ['doc'] })
    await waitFor(() => reconsidered.length === 1, 'relay-wide message')
    expect(reconsidered[0]).toEqual({ type: 'reconsider', userId: 'u1', documentIds: ['doc'] })
    roomA.close()
    await Promise.all([a!.close(), b!.close(), c!.close()])
  })

  it('asks its rooms to catch up once Redis is back after a restart, and carries messages again', async () => {
    const own = await startRedis()
    try {
      const [a, b] = await Promise.all([1, 2].map(() => RedisBus.connect(own.url, silent)))
      let resyncs = 0
      b!.onResync(() => resyncs++)
      const heard: RoomMessage[] = []
      const room = await a!.joinRoom('doc', () => {})
      await b!.joinRoom('doc', (m) => heard.push(m))
      await own.kill()
      room.publish({ type: 'head', lastSeq: 1 }) // lost: Redis is down
      await own.start()
      await waitFor(() => resyncs > 0, 'resync after the restart', 15_000)
      room.publish({ type: 'head', lastSeq: 2 })
      await waitFor(() => heard.length > 0, 'messages again')
      expect(heard).toEqual([{ type: 'head', lastSeq: 2 }])
      await Promise.all([a!.close(), b!.close()])
    } finally {
      await own.stop()
    }
  })
})
