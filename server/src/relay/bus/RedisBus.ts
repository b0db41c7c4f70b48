import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from '../../Logger.js'
import { decodeBusMessage, encodeBusMessage } from './busMessages.js'
import type { RelayBus, RelayMessage, RoomChannel, RoomMessage } from './RelayBus.js'

type Receiver = (message: RoomMessage) => void

const RELAY_CHANNEL = 'samskriv:relay'
const roomChannel = (room: string) => `samskriv:room:${room}`

/**
 * The bus through Redis pub/sub: one channel per open room (a process hears only the rooms it
 * serves) and one for the whole relay. Pub/sub delivers at most once: what a process misses while
 * its connection is down it reads from storage when the connection is back (`onResync`), and a
 * publisher whose publication failed announces its rooms' heads then, so nothing stays behind.
 */
export class RedisBus implements RelayBus {
  private readonly id = randomBytes(8).toString('hex')
  private readonly rooms = new Map<string, Set<Receiver>>()
  private readonly relayListeners: Array<(message: RelayMessage) => void> = []
  private readonly resyncListeners: Array<() => void> = []
  private closed = false

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly log: Logger,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message))
    // Constructed once both connections are up: every 'ready' from now on is a reconnection.
    const resyncAfterReconnect = () => {
      // ioredis subscribes again on reconnecting; a PING answered after that proves it is done.
      void subscriber
        .ping()
        .then(() => {
          log.info({}, 'message bus connection restored; catching up from storage')
          for (const listener of this.resyncListeners) listener()
        })
        .catch(() => {})
    }
    subscriber.on('ready', resyncAfterReconnect)
    for (const connection of [publisher, subscriber]) {
      connection.on('error', (error: Error) => {
        if (!this.closed) log.warn({ error: error.message }, 'message bus connection error')
      })
    }
    // A publisher that reconnects may have failed to publish meanwhile: rooms announce their heads.
    publisher.on('ready', () => {
      for (const listener of this.resyncListeners) listener()
    })
  }

  /** Connects to `url` (redis://…); rejects when Redis cannot be reached at start. */
  static async connect(url: string, log: Logger): Promise<RedisBus> {
    const options = { lazyConnect: true, retryStrategy: (times: number) => Math.min(50 * times, 1000) }
    // Publications are never queued while disconnected (peers catch up from storage instead).
    const publisher = new Redis(url, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    // Subscriptions wait for the connection, however long it takes.
    const subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null })
    try {
      await Promise.all([publisher.connect(), subscriber.connect()])
    } catch (error) {
      publisher.disconnect()
      subscriber.disconnect()
      throw new Error(`Cannot reach Redis at ${url}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      })
    }
    const bus = new RedisBus(publisher, subscriber, log)
    await subscriber.subscribe(RELAY_CHANNEL)
    return bus
  }

  async joinRoom(room: string, receive: Receiver): Promise<RoomChannel> {
    let receivers = this.rooms.get(room)
    if (!receivers) {
      receivers = new Set()
      this.rooms.set(room, receivers)
      const subscribed = this.subscriber.subscribe(roomChannel(room))
      // While Redis is down a room still opens from storage; it catches up once the bus is back.
      if (this.subscriber.status === 'ready') await subscribed.catch(() => {})
      else subscribed.catch(() => {})
    }
    receivers.add(receive)
    const joined = receivers
    return {
      publish: (message) => this.publish(roomChannel(room), message),
      close: () => {
        joined.delete(receive)
        if (joined.size > 0 || this.rooms.get(room) !== joined) return
        this.rooms.delete(room)
        if (!this.closed) this.subscriber.unsubscribe(roomChannel(room)).catch(() => {})
      },
    }
  }

  publishRelay(message: RelayMessage): void {
    this.publish(RELAY_CHANNEL, message)
  }

  onRelayMessage(listener: (message: RelayMessage) => void): void {
    this.relayListeners.push(listener)
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener)
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all([this.publisher.quit().catch(() => {}), this.subscriber.quit().catch(() => {})])
    this.publisher.disconnect()
    this.subscriber.disconnect()
  }

  private publish(channel: string, message: RoomMessage | RelayMessage): void {
    const bytes = encodeBusMessage(this.id, message)
    this.publisher.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(() => {
      // Down: the others catch up from storage when the bus is back.
    })
  }

  private receive(channel: string, bytes: Buffer): void {
    let decoded: ReturnType<typeof decodeBusMessage>
    try {
      decoded = decodeBusMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    } catch (error) {
      this.log.warn({ channel, error: String(error) }, 'undecodable message on the bus')
      return
    }
    if (decoded.sender === this.id) return
    const message = decoded.message
    if (channel === RELAY_CHANNEL) {
      if (message.type === 'reconsider') for (const listener of this.relayListeners) listener(message)
      return
    }
    if (message.type === 'reconsider') return
    for (const receive of this.rooms.get(channel.slice('samskriv:room:'.length)) ?? []) receive(message)
  }
}
