import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from '../../Logger.js'
import { decodeBusMessage, encodeBusMessage } from './busMessages.js'
import { isRelayMessage, type RelayBus, type RelayMessage, type RoomChannel, type RoomMessage } from './RelayBus.js'

type Receiver = (message: RoomMessage) => void

const RELAY_CHANNEL = 'samskriv:relay'
const roomChannel = (room: string) => `samskriv:room:${room}`
/** At most this many relay-wide messages wait for Redis (each is a few dozen bytes). */
const MAX_UNSENT_RELAY_MESSAGES = 10_000

/**
 * The bus through Redis pub/sub: one channel per open room (a process hears only the rooms it
 * serves) and one for the whole relay. Pub/sub delivers at most once: what a process misses while
 * its connection is down it reads from storage when the connection is back (`onResync`; the relay
 * also judges its connections again then), and a publisher whose publication failed announces its
 * rooms' heads then and sends the relay-wide messages it could not, so nothing stays behind.
 */
export class RedisBus implements RelayBus {
  private readonly id = randomBytes(8).toString('hex')
  private readonly rooms = new Map<string, Set<Receiver>>()
  private readonly relayListeners: Array<(message: RelayMessage) => void> = []
  private readonly resyncListeners: Array<() => void> = []
  /** Relay-wide messages that could not be published while Redis was down. */
  private readonly unsentRelayMessages: RelayMessage[] = []
  private closed = false

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly log: Logger,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message))
    // Constructed once both connections are up: every 'ready' from now on is a reconnection.
    const resyncAfterReconnect = () => {
      // Subscribed anew here, not by ioredis (whose own resubscription leaves a rejection nobody
      // handles when the connection drops or closes meanwhile, and ends the process).
      const channels = [RELAY_CHANNEL, ...[...this.rooms.keys()].map(roomChannel)]
      void subscriber
        .subscribe(...channels)
        .then(() => {
          log.info({}, 'message bus connection restored; catching up from storage')
          for (const listener of this.resyncListeners) listener()
        })
        .catch(() => {
          // Lost again (the next 'ready' subscribes anew) or closed.
        })
    }
    subscriber.on('ready', resyncAfterReconnect)
    for (const connection of [publisher, subscriber]) {
      connection.on('error', (error: Error) => {
        if (!this.closed) log.warn({ error: error.message }, 'message bus connection error')
      })
    }
    // A publisher that reconnects may have failed to publish meanwhile: rooms announce their heads,
    // and relay-wide messages (whose connections to close) go out now.
    publisher.on('ready', () => {
      for (const message of this.unsentRelayMessages.splice(0)) this.publishRelay(message)
      for (const listener of this.resyncListeners) listener()
    })
  }

  /** Connects to `url` (redis://…); rejects when Redis cannot be reached at start. */
  static async connect(url: string, log: Logger): Promise<RedisBus> {
    const options = { lazyConnect: true, retryStrategy: (times: number) => Math.min(50 * times, 1000) }
    // Publications are never queued while disconnected (peers catch up from storage instead).
    const publisher = new Redis(url, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    // Subscriptions wait for the connection, however long it takes.
    const subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null, autoResubscribe: false })
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

  /** Whether publications go out now (the connection that publishes is up). */
  get publishing(): boolean {
    return this.publisher.status === 'ready'
  }

  publishRelay(message: RelayMessage): void {
    this.publish(RELAY_CHANNEL, message, () => {
      // Storage cannot tell the others which connections to close: kept until Redis is back.
      if (this.unsentRelayMessages.length < MAX_UNSENT_RELAY_MESSAGES) this.unsentRelayMessages.push(message)
    })
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

  /** Publishes; `onFailure` when Redis is down (by default nothing: room state is in storage). */
  private publish(channel: string, message: RoomMessage | RelayMessage, onFailure = () => {}): void {
    const bytes = encodeBusMessage(this.id, message)
    this.publisher.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(() => {
      if (!this.closed) onFailure()
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
      if (isRelayMessage(message)) for (const listener of this.relayListeners) listener(message)
      return
    }
    if (isRelayMessage(message)) return
    for (const receive of this.rooms.get(channel.slice('samskriv:room:'.length)) ?? []) receive(message)
  }
}
