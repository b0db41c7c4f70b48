import type { RelayKind } from './RelayKind.js'
import { startHocuspocus } from './startHocuspocus.js'
import { startSamskriv } from './startSamskriv.js'
import { startSamskrivCluster } from './startSamskrivCluster.js'
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

const samskrivPostgres: RelayKind = {
  id: 'samskriv-postgres',
  label: 'Samskriv, PostgreSQL + Redis, 1 process',
  persistent: true,
  durabilityAcks: true,
  protocol: 'y-websocket',
  start: (dataDir) => startSamskrivCluster(samskrivPostgres, dataDir, 1),
}

const samskrivPostgres3: RelayKind = {
  id: 'samskriv-postgres-3',
  label: 'Samskriv, PostgreSQL + Redis, 3 processes',
  persistent: true,
  durabilityAcks: true,
  protocol: 'y-websocket',
  start: (dataDir) => startSamskrivCluster(samskrivPostgres3, dataDir, 3),
}

/**
 * Our server deployed for availability (PostgreSQL and Redis, one and three processes), measured
 * beside the SQLite default in the fan-out and durability scenarios.
 */
export const CLUSTERED: readonly RelayKind[] = [samskrivPostgres, samskrivPostgres3]

/** Ours and the references, in the order tables list them. */
export const RELAYS: readonly RelayKind[] = [samskriv, yWebsocket, yWebsocketLeveldb, hocuspocus]

/** The reference relays (every relay but ours). */
export const REFERENCES: readonly RelayKind[] = RELAYS.filter((relay) => relay.id !== 'samskriv')
