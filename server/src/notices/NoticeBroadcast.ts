import type { RelayBus } from '../relay/bus/RelayBus.js'
import type { NoticeAudience, NoticeHub } from './NoticeHub.js'

/**
 * Notices to people's apps wherever they are connected: told to this process's apps and, over the
 * relay bus (Redis with several processes), to every other process's. Sessions that end on one
 * process close their notices connections on every process too (the bus's `endSessions`).
 */
export class NoticeBroadcast {
  constructor(
    private readonly hub: NoticeHub,
    private readonly bus: RelayBus,
  ) {
    bus.onRelayMessage((message) => {
      if (message.type === 'notice') hub.publish(message.userIds ?? 'everyone', message.topics)
      else if (message.type === 'endSessions') hub.endSessions(message.userId, message.sessionIds)
    })
  }

  /** Tells the audience, on every process, which topics changed. */
  publish(audience: NoticeAudience, topics: readonly string[]): void {
    if (topics.length === 0 || (audience !== 'everyone' && audience.length === 0)) return
    this.hub.publish(audience, topics)
    this.bus.publishRelay({ type: 'notice', userIds: audience === 'everyone' ? null : audience, topics })
  }
}
