import {
  createBlockId,
  FOLLOW_UP_ROUTES,
  type DocumentId,
  type FollowUpEntry,
  type RecordFollowUpRequest,
} from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { callRoute } from '../api/callRoute'
import type { Fetch } from '../api/requestJson'
import type { LocalDatabase, PendingFollowUp } from '../storage/LocalDatabase'

/** What became of a follow-up when it was sent. */
export type FollowUpOutcome = 'sent' | 'later' | 'refused'

/**
 * Follow-ups of approved plans written on this device: stored in IndexedDB first (so they count at
 * once, offline too), then sent, and replaced by the server's entry once it has taken them. A
 * network or server failure leaves them for the next attempt; the API's own refusal keeps them,
 * marked, and they are not sent again. The server's logs are kept here too, to read offline.
 */
export class FollowUpOutbox {
  private sending: Promise<void> | null = null
  private readonly listeners = new Set<(documentId: DocumentId) => void>()

  constructor(
    private readonly db: LocalDatabase,
    private readonly fetchImpl: Fetch,
  ) {}

  /** Called with the plan whenever one of its follow-ups reached the server. */
  onSent(listener: (documentId: DocumentId) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stores a follow-up written now; answers it as it waits. */
  async write(
    documentId: DocumentId,
    request: Omit<RecordFollowUpRequest, 'id' | 'writtenAt'>,
    authorName: string,
  ): Promise<PendingFollowUp> {
    const pending: PendingFollowUp = {
      id: createBlockId(),
      documentId,
      request: { ...request, id: '', writtenAt: new Date().toISOString() },
      authorName,
      refusedCode: null,
    }
    pending.request.id = pending.id
    await this.db.pendingFollowUps.add(pending)
    return pending
  }

  /** Sends one waiting follow-up now. */
  async send(id: string): Promise<FollowUpOutcome> {
    const pending = await this.db.pendingFollowUps.get(id)
    if (pending === undefined) return 'sent'
    if (pending.refusedCode !== null) return 'refused'
    let entry: FollowUpEntry
    try {
      entry = (
        await callRoute(this.fetchImpl, FOLLOW_UP_ROUTES.record, {
          params: { id: pending.documentId },
          body: pending.request,
        })
      ).entry
    } catch (error) {
      // Signed out meanwhile (401): it waits for the next sign-in, like an unreachable server.
      if (error instanceof ApiRequestError && !error.retryable && error.status !== 401) {
        await this.db.pendingFollowUps.update(id, { refusedCode: error.code ?? `http_${error.status ?? 0}` })
        return 'refused'
      }
      return 'later'
    }
    await this.db.transaction('rw', [this.db.pendingFollowUps, this.db.followUps], async () => {
      await this.db.followUps.put(entry)
      await this.db.pendingFollowUps.delete(id)
    })
    for (const listener of this.listeners) listener(pending.documentId)
    return 'sent'
  }

  /** Sends every waiting follow-up (one run at a time, oldest first); stops at the first "later". */
  sendAll(): Promise<void> {
    this.sending ??= (async () => {
      try {
        const waiting = (await this.db.pendingFollowUps.toArray())
          .filter((p) => p.refusedCode === null)
          .sort((a, b) => a.request.writtenAt.localeCompare(b.request.writtenAt))
        for (const { id } of waiting) {
          if ((await this.send(id)) === 'later') break
        }
      } finally {
        this.sending = null
      }
    })()
    return this.sending
  }

  /** Keeps a plan's log as the server sent it, for reading offline. */
  async remember(documentId: DocumentId, entries: readonly FollowUpEntry[]): Promise<void> {
    await this.db.transaction('rw', this.db.followUps, async () => {
      await this.db.followUps.where('documentId').equals(documentId).delete()
      await this.db.followUps.bulkPut([...entries])
    })
  }
}
