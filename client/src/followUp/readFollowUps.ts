import type { DocumentId, FollowUpEntry } from '@samskriv/shared'
import type { LocalDatabase, PendingFollowUp } from '../storage/LocalDatabase'

/** A follow-up as the device shows it: the server's entry, or one written here still on its way. */
export interface ShownFollowUp extends FollowUpEntry {
  /** Written here and not yet taken by the server. */
  pending: boolean
  /** The server refused it (kept, with its code); null otherwise. */
  refusedCode: string | null
}

/** A follow-up written here as it is shown until the server has it. */
function shownPending(pending: PendingFollowUp): ShownFollowUp {
  return {
    id: pending.id,
    documentId: pending.documentId,
    activityId: pending.request.activityId,
    version: 0,
    status: pending.request.status ?? null,
    comment: (pending.request.comment ?? '').trim(),
    doneDate: pending.request.doneDate ?? null,
    writtenAt: pending.request.writtenAt,
    recordedAt: pending.request.writtenAt,
    author: { id: '', name: pending.authorName },
    pending: true,
    refusedCode: pending.refusedCode,
  }
}

/**
 * The follow-ups on this device — the server's logs as last fetched and those written here on their
 * way — of one plan, or of every plan; refused ones are shown but do not count.
 */
export async function readFollowUps(db: LocalDatabase, documentId?: DocumentId): Promise<ShownFollowUp[]> {
  const [stored, pending] =
    documentId === undefined
      ? await Promise.all([db.followUps.toArray(), db.pendingFollowUps.toArray()])
      : await Promise.all([
          db.followUps.where('documentId').equals(documentId).toArray(),
          db.pendingFollowUps.where('documentId').equals(documentId).toArray(),
        ])
  const known = new Set(stored.map((entry) => entry.id))
  return [
    ...stored.map((entry) => ({ ...entry, pending: false, refusedCode: null })),
    ...pending.filter((p) => !known.has(p.id)).map(shownPending),
  ]
}
