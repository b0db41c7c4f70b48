import type * as decoding from 'lib0/decoding'
import { MessageType, readNoticeMessage, type RelayNotice } from '@samskriv/shared'
import type { ProviderMessageHandler } from './DurabilityTracker'

/** What the relay last told this connection (message 101), with what came before it. */
export interface RelayConnectionState extends RelayNotice {
  /** The relay's state vector when it sent the notice (what it holds of the document). */
  stateVector: Uint8Array
  /**
   * How many notices in this session said an update was refused: it grows with each refusal, so
   * whoever keeps refused changes as a proposal can react to each one.
   */
  refusals: number
}

/** The part of y-websocket's provider that takes message handlers. */
export interface NoticeProvider {
  messageHandlers: ProviderMessageHandler[]
}

/**
 * Reads the relay's notices on `provider` and calls `onNotice` with each one added to the state
 * before it. A notice that does not decode is ignored (the relay's protocol is newer or broken;
 * the connection itself carries on).
 */
export function handleRelayNotices(
  provider: NoticeProvider,
  onNotice: (update: (previous: RelayConnectionState | null) => RelayConnectionState) => void,
): void {
  provider.messageHandlers[MessageType.notice] = (_encoder, decoder: decoding.Decoder) => {
    let read: ReturnType<typeof readNoticeMessage>
    try {
      read = readNoticeMessage(decoder)
    } catch (error) {
      reportError(error)
      return
    }
    const { notice, stateVector } = read
    onNotice((previous) => ({
      ...notice,
      stateVector,
      refusals: (previous?.refusals ?? 0) + (notice.refused ? 1 : 0),
    }))
  }
}
