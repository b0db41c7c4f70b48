import { z } from 'zod'
import { defineRoute } from '../api/route.js'
import { documentIdSchema } from '../documentId.js'
import { documentTypeSchema } from '../documentTypes.js'

/** Someone who edited during the burst of work a snapshot ends. */
export const snapshotAuthorSchema = z.object({ id: z.string(), name: z.string() })
export type SnapshotAuthor = z.infer<typeof snapshotAuthorSchema>

/** A snapshot of a draft as listed: when, by whom, and how much text it holds. */
export const snapshotSummarySchema = z.object({
  id: z.string(),
  /** When the burst of work ended and the snapshot was taken (ISO 8601). */
  takenAt: z.string(),
  /** Who edited during the burst (empty when no one signed in did: open mode, server edits). */
  authors: z.array(snapshotAuthorSchema),
  /** The revision of the draft (a new revision starts its own history). */
  revision: z.number().int().positive(),
  /** Characters of text in the body, for a sense of size. */
  characters: z.number().int().nonnegative(),
})
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>

/** One snapshot with its content: the title and the schema-normalised body (ProseMirror JSON). */
export const snapshotDetailSchema = snapshotSummarySchema.extend({
  title: z.string(),
  type: documentTypeSchema,
  body: z.record(z.string(), z.unknown()),
})
export type SnapshotDetail = z.infer<typeof snapshotDetailSchema>

const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a snapshot id')

/** A draft's history: the snapshots taken automatically while it is edited. */
export const HISTORY_ROUTES = {
  /** The snapshots of the draft's current revision, newest first (readers). */
  list: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/history',
    params: z.strictObject({ id: documentIdSchema }),
    response: z.object({ snapshots: z.array(snapshotSummarySchema) }),
  }),
  /** One snapshot with its content (readers). */
  get: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/history/:snapshotId',
    params: z.strictObject({ id: documentIdSchema, snapshotId: snapshotIdSchema }),
    response: z.object({ snapshot: snapshotDetailSchema }),
  }),
} as const
