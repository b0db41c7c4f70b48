import type { RelayProcess } from './RelayProcess.js'

/** The relays every relay scenario runs, ours first. */
export type RelayId =
  'samskriv' | 'samskriv-postgres' | 'samskriv-postgres-3' | 'y-websocket' | 'y-websocket-leveldb' | 'hocuspocus'

/** Which client library speaks to a relay. */
export type RelayProtocol = 'y-websocket' | 'hocuspocus'

/** One relay implementation and how to start it. */
export interface RelayKind {
  readonly id: RelayId
  /** Shown in tables. */
  readonly label: string
  /** Whether it stores documents on disk (and so should keep them across a restart). */
  readonly persistent: boolean
  /** Whether it answers our `[100, seq]` durability requests. */
  readonly durabilityAcks: boolean
  readonly protocol: RelayProtocol
  /** Starts it with its data (if any) in `dataDir`; the same directory again restarts it. */
  start(dataDir: string): Promise<RunningRelay>
}

/** A started relay. */
export interface RunningRelay {
  readonly kind: RelayKind
  readonly process: RelayProcess
  /** Every process of a relay that runs several (the first is `process`). */
  readonly processes?: readonly RelayProcess[]
  readonly port: number
  /** The base websocket URL its clients are given (room names are appended by the client). */
  readonly syncUrl: string
  /** Several processes: client n is given the n-th (round robin), as a proxy would spread them. */
  readonly syncUrls?: readonly string[]
  readonly dataDir: string
  /** Bytes it keeps on disk now (database files), 0 for an in-memory relay. */
  storageBytes(): number
}

/** Every process of a running relay. */
export const processesOf = (relay: RunningRelay): readonly RelayProcess[] => relay.processes ?? [relay.process]
