import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import { titleSchema } from '../documentLayout.js'
import { documentTypeSchema } from '../documentTypes.js'

/** draft: being written; justering: frozen while the named persons confirm; approved: locked. */
export const DOCUMENT_STATUSES = ['draft', 'justering', 'approved'] as const
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES)
export type DocumentStatus = z.infer<typeof documentStatusSchema>

/**
 * `POST /api/documents`. `id` is optional: a client that created the document offline sends the
 * id it chose, so the same document is registered whether it arrives by API or by sync first.
 */
export const createDocumentRequestSchema = z.strictObject({
  /** A client-chosen id (see `createDocumentId`); the server picks one when absent. */
  id: documentIdSchema.optional(),
  /** The document's title. */
  title: titleSchema,
  /** protocol, actionPlan or guidance. */
  type: documentTypeSchema,
  /** The group that owns it; required once accounts exist (the creator must be an editor there). */
  groupId: z.string().min(1).max(64).optional(),
  /**
   * false: the creating device writes the content itself (a protocol started from the body's
   * previous one), so the server writes only the metadata, not the type's template. Default true.
   */
  template: z.boolean().optional(),
})
export type CreateDocumentRequest = z.input<typeof createDocumentRequestSchema>

/** `PUT /api/documents/:id/group`: give a document to a group (administrators; e.g. documents from before accounts). */
export const moveDocumentRequestSchema = z.strictObject({
  /** The group that owns the document from now on. */
  groupId: z.string().min(1).max(64),
})

/** `PATCH /api/documents/:id`: rename. */
export const renameDocumentRequestSchema = z.strictObject({
  /** The new title. */
  title: titleSchema,
})
export type RenameDocumentRequest = z.input<typeof renameDocumentRequestSchema>

/** `GET /api/documents?trashed=true` lists the trash instead of the live documents. */
export const listDocumentsQuerySchema = z.strictObject({
  /** `true` to list documents moved to the trash. */
  trashed: z.enum(['true', 'false']).optional(),
})

/** A document as the API presents it. Times are ISO 8601 strings in UTC. */
export const documentSummarySchema = z.object({
  /** The document id, also its relay room name. */
  id: documentIdSchema,
  /** The current title. */
  title: titleSchema,
  /** protocol, actionPlan or guidance. */
  type: documentTypeSchema,
  /** When the document was registered. */
  createdAt: z.iso.datetime(),
  /** When its content or title last changed on the server. */
  updatedAt: z.iso.datetime(),
  /** When it was moved to the trash; null while it is not there. */
  deletedAt: z.iso.datetime().nullable(),
  /** The group that owns it (null for documents from before accounts). */
  groupId: z.string().nullable().default(null),
  /** Where it is in its life. */
  status: documentStatusSchema.default('draft'),
  /** The revision being written (or last approved). */
  revision: z.number().int().positive().default(1),
  /** The newest approved version's number, or null. */
  approvedVersion: z.number().int().positive().nullable().default(null),
})
export type DocumentSummary = z.infer<typeof documentSummarySchema>

/** `GET /api/documents`. */
export const documentListResponseSchema = z.object({
  /** Newest change first. */
  documents: z.array(documentSummarySchema),
})
export type DocumentListResponse = z.infer<typeof documentListResponseSchema>

/** Every API error: a machine-readable code, a sentence for people, and optional details. */
export const apiErrorSchema = z.object({
  error: z.object({
    /** E.g. `invalid_request`, `not_found`, `payload_too_large`. */
    code: z.string(),
    /** A readable explanation. */
    message: z.string(),
    /** Field-level problems for `invalid_request`. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})
export type ApiError = z.infer<typeof apiErrorSchema>
