import type { SnapshotSummary } from '../history/snapshotSummary.js'

/** Main thread → snapshot worker: a document's state to summarise. */
export interface SnapshotSummaryRequest {
  readonly id: number
  readonly state: Uint8Array
}

/** Snapshot worker → main thread: ready once started, then one answer per request. */
export type SnapshotSummaryResponse =
  | { readonly ready: true }
  | { readonly id: number; readonly summary: SnapshotSummary | null; readonly problem: string | null }
