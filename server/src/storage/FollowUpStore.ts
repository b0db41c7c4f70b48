import type { ActivityStatus } from '@samskriv/shared'

/** One follow-up of an activity in an approved plan, as stored. Never changed once stored. */
export interface FollowUpRecord {
  readonly id: string
  readonly documentId: string
  readonly activityId: string
  /** The approved version the plan was at. */
  readonly version: number
  readonly status: ActivityStatus | null
  readonly comment: string
  readonly doneDate: string | null
  /** When it was written on the device. */
  readonly writtenAt: string
  /** When the server stored it. */
  readonly recordedAt: string
  readonly author: { readonly id: string; readonly name: string }
}

/** The follow-up log of approved plans: append-only, apart from the plans' versions. */
export interface FollowUpStore {
  /** Stores an entry; false (and no change) when an entry with its id is stored already. */
  record(entry: FollowUpRecord): Promise<boolean>
  /** One entry by id, or null. */
  get(id: string): Promise<FollowUpRecord | null>
  /** A document's entries, by when they were written (then id). */
  list(documentId: string): Promise<FollowUpRecord[]>
}
