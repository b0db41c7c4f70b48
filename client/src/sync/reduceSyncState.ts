import {
  INITIAL_DURABILITY_STATE,
  reduceDurability,
  type DurabilityEvent,
  type DurabilityState,
} from './reduceDurability'

/**
 * The connection as the status needs it. `retrying`: a connection was lost or failed while the
 * network is up and the provider is trying again; `idle`: not trying (offline, refused, loading).
 */
export type ConnectionPhase = 'idle' | 'connecting' | 'connected' | 'retrying'

/** Everything the sync status is derived from. */
export interface SyncState {
  /** The browser reports a network. */
  online: boolean
  /** The local copy has been read (or failed to be read) and the provider may open. */
  loaded: boolean
  connection: ConnectionPhase
  /** The current connection completed its initial sync (the relay's step 2 arrived). */
  synced: boolean
  durability: DurabilityState
  /** Local changes exist that are not in IndexedDB yet (a write is in flight or failing). */
  unstoredLocalChanges: boolean
  /** Writing to IndexedDB fails. */
  storageFailed: boolean
  /** The relay closed the connection with a code that means "do not retry as is". */
  refusedCode: number | null
  /** The last close code that means "try again later", kept while retrying. */
  transientCloseCode: number | null
}

/** Events of the connection, the network, storage and durability. */
export type SyncEvent =
  | DurabilityEvent
  | { type: 'network'; online: boolean }
  | { type: 'wsConnecting' }
  | { type: 'wsConnected' }
  | { type: 'wsDisconnected'; closeCode: number | null }
  | { type: 'synced' }
  | { type: 'refused'; closeCode: number }
  | { type: 'localStorage'; unstored: boolean }
  | { type: 'storageFailed' }
  | { type: 'storageRecovered' }

/** The state before anything happened. */
export function initialSyncState(online: boolean): SyncState {
  return {
    online,
    loaded: false,
    connection: 'idle',
    synced: false,
    durability: INITIAL_DURABILITY_STATE,
    unstoredLocalChanges: false,
    storageFailed: false,
    refusedCode: null,
    transientCloseCode: null,
  }
}

/** The pure transition function of the sync status machine. */
export function reduceSyncState(state: SyncState, event: SyncEvent): SyncState {
  switch (event.type) {
    case 'loaded':
      return { ...state, loaded: true, durability: reduceDurability(state.durability, event) }
    case 'localChange':
    case 'durabilityRequested':
    case 'acknowledged':
    case 'connectionLost':
      return { ...state, durability: reduceDurability(state.durability, event) }
    case 'network':
      if (event.online) return { ...state, online: true }
      // Going offline, the session closes the socket itself; nothing is in flight any more.
      return {
        ...state,
        online: false,
        connection: 'idle',
        synced: false,
        transientCloseCode: null,
        durability: reduceDurability(state.durability, { type: 'connectionLost' }),
      }
    case 'wsConnecting':
      return {
        ...state,
        connection: state.connection === 'retrying' ? 'retrying' : 'connecting',
        synced: false,
        refusedCode: null,
      }
    case 'wsConnected':
      return { ...state, connection: 'connected', synced: false, transientCloseCode: null }
    case 'wsDisconnected':
      return {
        ...state,
        connection: state.online && state.refusedCode === null ? 'retrying' : 'idle',
        synced: false,
        transientCloseCode: event.closeCode ?? state.transientCloseCode,
        durability: reduceDurability(state.durability, { type: 'connectionLost' }),
      }
    case 'synced':
      return state.connection === 'connected' ? { ...state, synced: true } : state
    case 'refused':
      return { ...state, connection: 'idle', synced: false, refusedCode: event.closeCode }
    case 'localStorage':
      return { ...state, unstoredLocalChanges: event.unstored }
    case 'storageFailed':
      return { ...state, storageFailed: true }
    case 'storageRecovered':
      return { ...state, storageFailed: false }
  }
}
