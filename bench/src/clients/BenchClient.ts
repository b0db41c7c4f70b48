import type * as Y from 'yjs'

/** One client of a relay, whatever library speaks its protocol. */
export interface BenchClient {
  readonly doc: Y.Doc
  /** Whether the first sync with the relay has completed. */
  readonly synced: boolean
  /** Resolves once the first sync has completed. */
  whenSynced(timeoutMs?: number): Promise<void>
  /**
   * Resolves when the relay confirms that everything this client sent so far is stored (our
   * `[100, seq]`); null for relays that have no such message.
   */
  readonly durable: (() => Promise<void>) | null
  /** Disconnects for good and frees the document. */
  close(): void
}
