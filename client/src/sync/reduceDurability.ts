/**
 * What this session knows about the relay having stored this device's changes. The relay answers
 * a durability request `seq` once everything the connection sent before it is on disk, so only
 * the answer to the latest request, with no local change after it, proves everything is stored.
 */
export interface DurabilityState {
  /** Local changes of this session that the relay has not acknowledged. */
  unacknowledged: boolean
  /**
   * Changes found on the device at load (from an earlier session or another tab) that the relay
   * has not acknowledged. They reach the relay in the reply to its sync step 1, so only a request
   * sent after that reply settles them.
   */
  inheritedUnsynced: boolean
  /** A local change happened after the latest request was sent (or while none could be sent). */
  changedSinceRequest: boolean
  /** The latest request on the current connection, or null. */
  awaited: { seq: number; coversInitialState: boolean } | null
}

/** Events that change the durability state. */
export type DurabilityEvent =
  | { type: 'loaded'; inheritedUnsynced: boolean }
  | { type: 'localChange' }
  | { type: 'durabilityRequested'; seq: number; coversInitialState: boolean }
  | { type: 'acknowledged'; seq: number }
  | { type: 'connectionLost' }

/** Nothing pending. */
export const INITIAL_DURABILITY_STATE: DurabilityState = {
  unacknowledged: false,
  inheritedUnsynced: false,
  changedSinceRequest: false,
  awaited: null,
}

/** The pure transition function of {@link DurabilityState}. */
export function reduceDurability(state: DurabilityState, event: DurabilityEvent): DurabilityState {
  switch (event.type) {
    case 'loaded':
      return { ...state, inheritedUnsynced: state.inheritedUnsynced || event.inheritedUnsynced }
    case 'localChange':
      return { ...state, unacknowledged: true, changedSinceRequest: true }
    case 'durabilityRequested':
      return {
        ...state,
        changedSinceRequest: false,
        awaited: { seq: event.seq, coversInitialState: event.coversInitialState },
      }
    case 'acknowledged': {
      const { awaited } = state
      if (awaited === null || awaited.seq !== event.seq) return state
      return {
        ...state,
        unacknowledged: state.unacknowledged && state.changedSinceRequest,
        inheritedUnsynced: state.inheritedUnsynced && !awaited.coversInitialState,
        awaited: null,
      }
    }
    case 'connectionLost':
      // An answer can no longer arrive; whatever was unacknowledged must be requested again.
      return { ...state, awaited: null, changedSinceRequest: state.unacknowledged }
  }
}
