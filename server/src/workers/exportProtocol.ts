import type { ExportFormat } from '../approval/exportFormats.js'
import type { VersionRecord } from '../storage/ApprovalStore.js'

/** The parts of an approved version an export shows (not its Yjs state). */
export type ExportSource = Pick<
  VersionRecord,
  'number' | 'title' | 'bodyJson' | 'html' | 'hash' | 'approvedAt' | 'approvedBy' | 'onBehalfOf' | 'signedBy' | 'method'
>

/** Main thread → export worker. */
export interface ExportRequest {
  readonly id: number
  readonly source: ExportSource
  readonly format: ExportFormat
  /** Larger renderings are refused. */
  readonly maxBytes: number
}

/** Export worker → main thread: ready once started, then one answer per request. */
export type ExportResponse =
  | { readonly ready: true }
  | {
      readonly id: number
      readonly file: { readonly body: Uint8Array; readonly contentType: string; readonly fileName: string } | null
      /** Why there is no file (too large), when there is none. */
      readonly problem: string | null
    }
