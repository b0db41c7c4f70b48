import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BalancingProxy } from '../../../test/cluster/BalancingProxy.js'
import { startRedis, type TestRedis } from '../../../test/services/redis.js'
import { SubscribeCutter } from '../../../test/services/subscribeCutter.js'
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
    const relayWide: RelayMessage[] = [
      { type: 'reconsider', userId: 'u1', documentIds: ['doc'] },
      { type: 'reconsider', userId: null, documentIds: [] },
      { type: 'reconsiderPerson', userId: 'u2' },
      { type: 'endSessions', userId: 'u3', sessionIds: ['s1', 's2'] },
      { type: 'endSessions', userId: 'u3', sessionIds: null },
    ]
    for (const message of relayWide) a!.publishRelay(message)
    await waitFor(() => reconsidered.length === relayWide.length, 'relay-wide messages')
    expect(reconsidered).toEqual(relayWide)
    expect(heard.b).toHaveLength(2)
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
      // Each connection comes back on its own (a publication before the publisher's is lost too).
      await waitFor(() => {
        room.publish({ type: 'head', lastSeq: 2 })
        return heard.length > 0
      }, 'messages again')
      expect(heard[0]).toEqual({ type: 'head', lastSeq: 2 })
      await Promise.all([a!.close(), b!.close()])
    } finally {
      await own.stop()
    }
  })

  it('sends the relay-wide messages it could not while cut off from Redis once it is back', async () => {
    const line = await BalancingProxy.start([Number(new URL(redis.url).port)])
    const [cutOff, other] = await Promise.all([
      RedisBus.connect(`redis://127.0.0.1:${line.port}`, silent),
      RedisBus.connect(redis.url, silent),
    ])
    try {
      const heard: RelayMessage[] = []
      other.onRelayMessage((m) => heard.push(m))
      line.cut()
      await waitFor(() => !cutOff.publishing, 'the cut noticed')
      cutOff.publishRelay({ type: 'endSessions', userId: 'u1', sessionIds: null })
      line.restore()
      await waitFor(() => heard.length > 0, 'the message sent once the line is back')
      expect(heard).toEqual([{ type: 'endSessions', userId: 'u1', sessionIds: null }])
    } finally {
      await Promise.all([cutOff.close(), other.close()])
      await line.close()
    }
  })

  it('survives losing Redis again while it subscribes anew, and then hears its channels', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const line = await SubscribeCutter.start(Number(new URL(redis.url).port))
    const [flaky, other] = await Promise.all([RedisBus.connect(line.url, silent), RedisBus.connect(redis.url, silent)])
    try {
      const heard: RelayMessage[] = []
      flaky.onRelayMessage((m) => heard.push(m))
      const roomHeard: RoomMessage[] = []
      await flaky.joinRoom('doc', (m) => roomHeard.push(m))
      const room = await other.joinRoom('doc', () => {})
      line.dropAll({ cut: 3 })
      await waitFor(() => !line.armed, 'three subscriptions cut', 15_000)
      await waitFor(() => {
        other.publishRelay({ type: 'reconsiderPerson', userId: 'u1' })
        room.publish({ type: 'head', lastSeq: 7 })
        return heard.length > 0 && roomHeard.length > 0
      }, 'both channels heard again')
      // Closed (the server shuts down) while it subscribes anew: nothing is left unhandled.
      line.dropAll({ hold: 1 })
      await waitFor(() => !line.armed, 'a subscription held back', 15_000)
      await flaky.close()
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
      await Promise.all([flaky.close(), other.close()])
      await line.close()
    }
  })
})
