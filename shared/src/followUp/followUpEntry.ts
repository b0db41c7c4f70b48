import { z } from 'zod'
import { ACTIVITY_STATUSES, type ActivityStatus } from '../blocks/activity.js'
import { documentIdSchema } from '../documentId.js'

/** A calendar day, YYYY-MM-DD. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is YYYY-MM-DD')

/** Longest follow-up comment, in characters. */
export const MAX_FOLLOW_UP_COMMENT = 4000

/**
 * `POST /api/documents/:id/follow-up`: one follow-up of an activity in an approved action plan: a
 * status, a comment, the date it was done, or any of them. Kept apart from the approved text (which
 * never changes): its own log. The id is chosen by the device, so an entry written offline and
 * sent twice is stored once.
 */
export const recordFollowUpRequestSchema = z
  .strictObject({
    /** A device-chosen id (nanoid), unique across documents. */
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    /** The activity block's id in the plan. */
    activityId: z.string().min(1).max(64),
    /** The activity's status from now on; null or absent: unchanged. */
    status: z.enum(ACTIVITY_STATUSES).nullable().default(null),
    /** What was done, what is missing: a dated comment. */
    comment: z.string().trim().max(MAX_FOLLOW_UP_COMMENT).default(''),
    /** When the activity was done; null or absent: not said. */
    doneDate: daySchema.nullable().default(null),
    /** When it was written on the device (the comment's date; offline entries arrive later). */
    writtenAt: z.iso.datetime(),
  })
  .refine((entry) => entry.status !== null || entry.comment !== '' || entry.doneDate !== null, {
    message: 'Give a status, a comment or the date done.',
  })
export type RecordFollowUpRequest = z.input<typeof recordFollowUpRequestSchema>

/** A follow-up as stored and listed: what was said, by whom and when. */
export const followUpEntrySchema = z.object({
  id: z.string(),
  documentId: documentIdSchema,
  activityId: z.string(),
  /** The approved version the plan was at when it was followed up. */
  version: z.number().int().positive(),
  status: z.enum(ACTIVITY_STATUSES).nullable(),
  comment: z.string(),
  doneDate: daySchema.nullable(),
  /** When it was written (on the device). */
  writtenAt: z.iso.datetime(),
  /** When the server stored it. */
  recordedAt: z.iso.datetime(),
  /** Who wrote it: the signed-in account (the server sets it, never the device). */
  author: z.object({ id: z.string(), name: z.string() }),
})
export type FollowUpEntry = z.infer<typeof followUpEntrySchema>

/** Where an activity stands by its follow-up: the latest status, date done and comment. */
export const followUpStateSchema = z.object({
  /** The latest status given in a follow-up, or null when none gave one. */
  status: z.enum(ACTIVITY_STATUSES).nullable(),
  /** The latest date done given, or null. */
  doneDate: daySchema.nullable(),
  /** The latest comment, with its date and author; null when none was written. */
  comment: z.string().nullable(),
  /** When the latest entry was written, and by whom. */
  writtenAt: z.iso.datetime(),
  authorName: z.string(),
  /** How many follow-ups the activity has. */
  entries: z.number().int().positive(),
})
export type FollowUpState = z.infer<typeof followUpStateSchema>

/** The order of a log: by when each entry was written, then by id (the same on every device). */
export function compareFollowUps(
  a: Pick<FollowUpEntry, 'writtenAt' | 'id'>,
  b: Pick<FollowUpEntry, 'writtenAt' | 'id'>,
) {
  return a.writtenAt.localeCompare(b.writtenAt) || a.id.localeCompare(b.id)
}

/** The part of an entry its activity's state is made of. */
export type FollowUpFacts = Pick<
  FollowUpEntry,
  'id' | 'activityId' | 'status' | 'comment' | 'doneDate' | 'writtenAt'
> & {
  readonly author: { readonly name: string }
}

/** Each activity's follow-up state from a log (any order), by activity id. */
export function followUpStates(entries: readonly FollowUpFacts[]): Map<string, FollowUpState> {
  const states = new Map<string, FollowUpState>()
  for (const entry of [...entries].sort(compareFollowUps)) {
    const before = states.get(entry.activityId)
    states.set(entry.activityId, {
      status: entry.status ?? before?.status ?? null,
      doneDate: entry.doneDate ?? before?.doneDate ?? null,
      comment: entry.comment !== '' ? entry.comment : (before?.comment ?? null),
      writtenAt: entry.writtenAt,
      authorName: entry.author.name,
      entries: (before?.entries ?? 0) + 1,
    })
  }
  return states
}

/** The status an activity has now: its follow-up's, else the plan's. */
export function effectiveStatus(planStatus: ActivityStatus, state: FollowUpState | null | undefined): ActivityStatus {
  return state?.status ?? planStatus
}
