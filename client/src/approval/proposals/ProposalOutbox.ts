import type { DocumentId } from '@samskriv/shared'
import { ApiRequestError } from '../../api/ApiRequestError'
import type { ApprovalApi } from '../../api/ApprovalApi'
import type { LocalDatabase, PendingProposal } from '../../storage/LocalDatabase'

/** What became of one queued proposal when it was sent. */
export type SendOutcome = 'sent' | 'later' | 'refused'

/**
 * Refused offline edits on their way to the server as proposals: queued in IndexedDB first, then
 * sent (`POST /api/documents/:id/proposals`) and removed only once the server has taken them. A
 * network or server failure leaves them queued for the next attempt; the API's own refusal keeps
 * them too (never deleted), marked with its code, and they are not sent again.
 */
export class ProposalOutbox {
  private sending: Promise<void> | null = null

  constructor(
    private readonly db: LocalDatabase,
    private readonly api: Pick<ApprovalApi, 'createProposal'>,
  ) {}

  /** Queues edits the relay refused; answers the queue entry's id. */
  queue(entry: { documentId: DocumentId; baseRevision: number; update: Uint8Array }): Promise<number> {
    return this.db.pendingProposals.add({ ...entry, createdAt: new Date().toISOString(), refusedCode: null })
  }

  /** Sends one queued proposal now. */
  async send(id: number): Promise<SendOutcome> {
    const entry = await this.db.pendingProposals.get(id)
    if (entry === undefined) return 'sent'
    if (entry.refusedCode !== null) return 'refused'
    try {
      await this.api.createProposal(entry.documentId, {
        baseRevision: entry.baseRevision,
        update: entry.update,
        summary: '',
      })
    } catch (error) {
      // Signed out meanwhile (401): it waits for the next sign-in, like an unreachable server.
      if (error instanceof ApiRequestError && !error.retryable && error.status !== 401) {
        await this.db.pendingProposals.update(id, { refusedCode: error.code ?? `http_${error.status ?? 0}` })
        return 'refused'
      }
      return 'later'
    }
    await this.db.pendingProposals.delete(id)
    return 'sent'
  }

  /** Sends every queued proposal that may be sent (one run at a time); resolves when done. */
  sendAll(): Promise<void> {
    this.sending ??= (async () => {
      try {
        const waiting = await this.db.pendingProposals.filter((p) => p.refusedCode === null).primaryKeys()
        for (const id of waiting) {
          if ((await this.send(id)) === 'later') break
        }
      } finally {
        this.sending = null
      }
    })()
    return this.sending
  }

  /** The proposals still on this device for a document (waiting, or refused by the server). */
  pendingFor(documentId: DocumentId): Promise<PendingProposal[]> {
    return this.db.pendingProposals.where('documentId').equals(documentId).toArray()
  }
}
