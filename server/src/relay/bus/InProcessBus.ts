import type { RelayBus, RelayMessage, RoomChannel, RoomMessage } from './RelayBus.js'

type Receiver = (message: RoomMessage) => void

/**
 * Relays in one process that reach each other without a broker: each server's default (a hub of
 * one, so nothing goes anywhere), and tests that run several relays in one process.
 */
export class InProcessHub {
  private readonly members = new Set<InProcessBus>()

  connect(): RelayBus {
    const bus = new InProcessBus(this)
    this.members.add(bus)
    return bus
  }

  /** Delivers to every other member, a turn later, as a network would. */
  deliver(from: InProcessBus, send: (member: InProcessBus) => void): void {
    for (const member of this.members) if (member !== from) setImmediate(() => send(member))
  }

  leave(member: InProcessBus): void {
    this.members.delete(member)
  }
}

class InProcessBus implements RelayBus {
  private readonly rooms = new Map<string, Set<Receiver>>()
  private readonly relayListeners: Array<(message: RelayMessage) => void> = []

  constructor(private readonly hub: InProcessHub) {}

  joinRoom(room: string, receive: Receiver): Promise<RoomChannel> {
    const receivers = this.rooms.get(room) ?? new Set()
    receivers.add(receive)
    this.rooms.set(room, receivers)
    return Promise.resolve({
      publish: (message) => this.hub.deliver(this, (member) => member.receive(room, message)),
      close: () => {
        receivers.delete(receive)
        if (receivers.size === 0 && this.rooms.get(room) === receivers) this.rooms.delete(room)
      },
    })
  }

  publishRelay(message: RelayMessage): void {
    this.hub.deliver(this, (member) => member.relayListeners.forEach((listener) => listener(message)))
  }

  onRelayMessage(listener: (message: RelayMessage) => void): void {
    this.relayListeners.push(listener)
  }

  onResync(): void {
    // Nothing is ever lost between relays in one process.
  }

  close(): Promise<void> {
    this.hub.leave(this)
    return Promise.resolve()
  }

  private receive(room: string, message: RoomMessage): void {
    for (const receive of this.rooms.get(room) ?? []) receive(message)
  }
}
