import type { RelayKind } from './RelayKind.js'
import { startHocuspocus } from './startHocuspocus.js'
import { startSamskriv } from './startSamskriv.js'
import { startYWebsocket } from './startYWebsocket.js'

const samskriv: RelayKind = {
  id: 'samskriv',
  label: 'Samskriv',
  persistent: true,
  durabilityAcks: true,
  protocol: 'y-websocket',
  start: (dataDir) => startSamskriv(samskriv, dataDir),
}

const yWebsocket: RelayKind = {
  id: 'y-websocket',
  label: 'y-websocket (memory)',
  persistent: false,
  durabilityAcks: false,
  protocol: 'y-websocket',
  start: (dataDir) => startYWebsocket(yWebsocket, dataDir, false),
}

const yWebsocketLeveldb: RelayKind = {
  id: 'y-websocket-leveldb',
  label: 'y-websocket + LevelDB',
  persistent: true,
  durabilityAcks: false,
  protocol: 'y-websocket',
  start: (dataDir) => startYWebsocket(yWebsocketLeveldb, dataDir, true),
}

const hocuspocus: RelayKind = {
  id: 'hocuspocus',
  label: 'Hocuspocus + SQLite',
  persistent: true,
  durabilityAcks: false,
  protocol: 'hocuspocus',
  start: (dataDir) => startHocuspocus(hocuspocus, dataDir),
}

/** Ours and the references, in the order tables list them. */
export const RELAYS: readonly RelayKind[] = [samskriv, yWebsocket, yWebsocketLeveldb, hocuspocus]

/** The reference relays (every relay but ours). */
export const REFERENCES: readonly RelayKind[] = RELAYS.filter((relay) => relay.id !== 'samskriv')
