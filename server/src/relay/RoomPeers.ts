import type { LockState } from '@samskriv/shared'
import type { Logger } from '../Logger.js'
import type { RelayBus, RoomChannel, RoomMessage } from './bus/RelayBus.js'
import type { RoomAwareness } from './RoomAwareness.js'
import type { UpdateLog } from './UpdateLog.js'

/** How long entries committed elsewhere may be missing before the room reads them from storage. */
const GAP_MS = 250

/** What a room lends the link to its other processes. */
export interface PeerHost {
  readonly log: UpdateLog
  readonly presence: RoomAwareness
  /** Applies committed updates from storage or another process, and relays what they change. */
  applyFromPeers(updates: readonly Uint8Array[]): void
  /** Another process changed the document's lock. */
  setLock(lock: LockState, revision: number): void
  /** Runs work in the room's queue, between its commits. */
  enqueue(task: () => Promise<void>): void
}

/**
 * A room's link to the same room on other relay processes: it publishes what this process
 * commits (with its sequence numbers) and its clients' presence, and applies theirs. The bus may
 * lose messages; storage never does, so when entries are missing (a gap in the sequence numbers,
 * or a reconnected bus) the room reads them from storage.
 */
export class RoomPeers {
  private channel: RoomChannel | null = null
  private gapTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private readonly bus: RelayBus,
    private readonly room: string,
    private readonly host: PeerHost,
    private readonly log: Logger,
  ) {}

  /** Subscribes before the room reads storage, so nothing committed meanwhile is missed. */
  async join(): Promise<void> {
    const channel = await this.bus.joinRoom(this.room, (message) => this.receive(message))
    if (this.closed) {
      channel.close()
      return
    }
    this.channel = channel
    channel.publish({ type: 'awarenessQuery' })
  }

  /** This process committed updates: the others apply them. */
  committed(firstSeq: number, lastSeq: number, updates: Uint8Array[]): void {
    this.channel?.publish({ type: 'updates', firstSeq, lastSeq, updates })
    this.watchGap()
  }

  /** A presence change of this process's clients. */
  presenceChanged(update: Uint8Array, userId: string | null): void {
    this.channel?.publish({ type: 'awareness', update, userId })
  }

  lockChanged(lock: LockState, revision: number): void {
    this.channel?.publish({ type: 'lock', lock, revision })
  }

  /** Messages may have been lost: read what is missing, and tell the others how far the log goes. */
  resync(): void {
    this.host.enqueue(async () => {
      await this.catchUp()
      this.channel?.publish({ type: 'head', lastSeq: this.host.log.lastSeq })
    })
  }

  close(): void {
    this.closed = true
    this.channel?.close()
    this.channel = null
    if (this.gapTimer) clearTimeout(this.gapTimer)
  }

  private receive(message: RoomMessage): void {
    switch (message.type) {
      case 'updates':
        this.host.enqueue(() => {
          if (this.host.log.holds(message.firstSeq, message.lastSeq)) this.host.applyFromPeers(message.updates)
          this.watchGap()
          return Promise.resolve()
        })
        return
      case 'head':
        this.host.enqueue(() => {
          this.host.log.noteHead(message.lastSeq)
          this.watchGap()
          return Promise.resolve()
        })
        return
      case 'awareness':
        this.host.presence.applyPeer(message.update, message.userId)
        return
      case 'awarenessQuery':
        this.host.presence.announce((update, userId) => this.presenceChanged(update, userId))
        return
      case 'lock':
        this.host.setLock(message.lock, message.revision)
        return
    }
  }

  private watchGap(): void {
    if (!this.host.log.behind || this.gapTimer || this.closed) return
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null
      if (this.host.log.behind) this.host.enqueue(() => this.catchUp())
    }, GAP_MS)
    this.gapTimer.unref()
  }

  private async catchUp(): Promise<void> {
    try {
      const missed = await this.host.log.missing()
      this.host.applyFromPeers(missed.updates)
      this.host.log.holds(this.host.log.lastSeq + 1, missed.lastSeq)
    } catch (error) {
      this.log.warn({ room: this.room, error: String(error) }, 'could not catch up from storage; retrying')
    }
    this.watchGap()
  }
}
