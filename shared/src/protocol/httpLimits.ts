/**
 * Limits of the HTTP API, the twin of the relay's `LIMITS`. Breaking one answers the status and
 * error code named beside it (`{ "error": { "code", "message" } }`) and logs one line; nothing is
 * stored and the person's other requests go on.
 */
export const HTTP_LIMITS = {
  /**
   * Bytes of one proposal's Yjs update (1 MiB: a week of offline writing is a fraction of it; a
   * crafted one of this size takes the checking worker a second). 413 `proposal_too_large`.
   */
  maxProposalBytes: 1024 * 1024,
  /** Open proposals (not yet applied or dismissed) one document may have. 429 `too_many_proposals`. */
  maxOpenProposalsPerDocument: 50,
  /** Open proposals one person may have on one document. 429 `too_many_proposals`. */
  maxOpenProposalsPerPersonPerDocument: 5,
  /** Documents one person may create per hour. 429 `too_many_documents`. */
  documentsPerPersonPerHour: 60,
  /**
   * Milliseconds an export (PDF, Markdown, HTML) of an approved version may take to render in the
   * export worker; a slower one is stopped and answered 422 `export_too_large`, and not tried again.
   */
  exportRenderMs: 60_000,
  /** Bytes of one rendered export (64 MiB); a larger one is answered 422 `export_too_large`. */
  maxExportBytes: 64 * 1024 * 1024,
  /** Exports waiting to be rendered at once; more are answered 503 `export_busy` (retry later). */
  maxQueuedExports: 16,
} as const

/** The shape of {@link HTTP_LIMITS} with plain numbers, for configurations that override some. */
export type HttpLimits = { readonly [K in keyof typeof HTTP_LIMITS]: number }

/** The error codes the API answers when a limit is reached, with their HTTP status. */
export const LIMIT_ERRORS = {
  proposalTooLarge: { status: 413, code: 'proposal_too_large' },
  tooManyProposals: { status: 429, code: 'too_many_proposals' },
  tooManyDocuments: { status: 429, code: 'too_many_documents' },
  exportTooLarge: { status: 422, code: 'export_too_large' },
  exportBusy: { status: 503, code: 'export_busy' },
} as const
