import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import { documentTypeSchema } from '../documentTypes.js'
import { defineRoute } from './route.js'

/** A SHA-256 content hash, hex. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/)

/** A decision in a protocol that approved a document. */
export const decisionLinkSchema = z.object({
  documentId: documentIdSchema,
  decisionId: z.string().min(1).max(64),
})

/** `POST /api/documents/:id/approve` (coordinators; action plans and guidance). */
export const approveRequestSchema = z.strictObject({
  /** The body on whose behalf the version is approved, e.g. Länsgemensam ledning. */
  onBehalfOf: z.string().trim().min(1).max(200),
  /** The protocol decision that approved it. */
  decision: decisionLinkSchema.optional(),
})

/** An approved version as listed; it never changes. */
export const versionSummarySchema = z.object({
  number: z.number().int().positive(),
  hash: contentHashSchema,
  title: z.string(),
  type: documentTypeSchema,
  approvedAt: z.iso.datetime(),
  approvedBy: z.object({ id: z.string(), name: z.string() }),
  onBehalfOf: z.string(),
  /** How it was approved: by a coordinator, or by justering (all named persons confirmed). */
  method: z.enum(['coordinator', 'justering']),
  decision: decisionLinkSchema.nullable(),
  /** Who confirmed it, for justering. */
  signedBy: z.array(z.object({ id: z.string(), name: z.string(), at: z.iso.datetime() })),
})
export type VersionSummary = z.infer<typeof versionSummarySchema>

/** `GET /api/documents/:id/versions/:number`: the version with its body (ProseMirror JSON). */
export const versionDetailSchema = versionSummarySchema.extend({ body: z.record(z.string(), z.unknown()) })
export type VersionDetail = z.infer<typeof versionDetailSchema>

/** `POST /api/documents/:id/justering`: freeze the protocol and ask these accounts to confirm. */
export const startJusteringRequestSchema = z.strictObject({
  /** The chair and the justerare, as accounts. */
  signers: z.array(z.string().min(1).max(64)).min(1).max(10),
  /** The body the protocol is approved for. */
  onBehalfOf: z.string().trim().min(1).max(200),
})

/** `POST /api/documents/:id/justering/confirm`: a signer confirms the frozen text by its hash. */
export const confirmJusteringRequestSchema = z.strictObject({ hash: contentHashSchema })

/** `POST /api/documents/:id/justering/return`: a signer sends the text back with a comment. */
export const returnJusteringRequestSchema = z.strictObject({ comment: z.string().trim().min(1).max(2000) })

/** The justering of a protocol: the frozen text's hash and each signer's answer. */
export const justeringSchema = z.object({
  round: z.number().int().positive(),
  status: z.enum(['open', 'returned', 'completed']),
  hash: contentHashSchema,
  onBehalfOf: z.string(),
  startedAt: z.iso.datetime(),
  startedBy: z.object({ id: z.string(), name: z.string() }),
  signers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      state: z.enum(['pending', 'confirmed', 'returned']),
      comment: z.string(),
      at: z.iso.datetime().nullable(),
    }),
  ),
})
export type Justering = z.infer<typeof justeringSchema>

/** `POST /api/documents/:id/proposals`: edits made offline to a version approved meanwhile. */
export const createProposalRequestSchema = z.strictObject({
  /** The revision the edits were made in. */
  baseRevision: z.number().int().positive(),
  /**
   * The edits, as a Yjs update relative to the server's state (base64; see
   * `HTTP_LIMITS.maxProposalBytes`). Checked with one character class: zod's own base64 check
   * takes some 50 ms for a 2 MiB proposal, on the server's main thread.
   */
  update: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
    .refine((value) => value.length % 4 === 0, 'base64'),
  /** A short description for the coordinator. */
  summary: z.string().max(2000).default(''),
})

/**
 * `POST /api/documents/:id/proposals?baseRevision=…&summary=…` with the update itself as the body
 * (`Content-Type: application/octet-stream`): the same as {@link createProposalRequestSchema}
 * without base64 and JSON, which cost the server's main thread most of a large proposal's time.
 */
export const createProposalQuerySchema = z.strictObject({
  baseRevision: z.coerce.number().int().positive(),
  summary: z.string().max(2000).default(''),
})

/** A proposal: offline edits kept for a coordinator to carry into a revision. */
export const proposalSchema = z.object({
  id: z.string(),
  baseRevision: z.number().int().positive(),
  author: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.iso.datetime(),
  summary: z.string(),
  status: z.enum(['open', 'applied', 'dismissed']),
  /** The text the proposal adds, for review. */
  preview: z.string(),
})
export type Proposal = z.infer<typeof proposalSchema>

/** `GET /api/documents/:id/versions`. */
export const versionListResponseSchema = z.object({ versions: z.array(versionSummarySchema) })

/** `GET /api/documents/:id/justering`: the current round, or null before the first. */
export const justeringResponseSchema = z.object({ justering: justeringSchema.nullable() })

/** `POST /api/documents/:id/justering[/confirm|/return]`: the round as it is now. */
export const justeringActionResponseSchema = z.object({ justering: justeringSchema })

/** `GET /api/documents/:id/proposals`. */
export const proposalListResponseSchema = z.object({ proposals: z.array(proposalSchema) })

/** `POST /api/documents/:id/revisions`: the revision opened. */
export const revisionResponseSchema = z.object({ revision: z.number().int().positive() })

/** `POST …/proposals/:pid/apply|dismiss`. */
export const okResponseSchema = z.object({ ok: z.literal(true) })

/** Someone who may be chosen to sign a justering: an active member of the document's group. */
export const signerCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Shown to tell people of the same name apart. */
  email: z.string(),
})
export type SignerCandidate = z.infer<typeof signerCandidateSchema>

/**
 * `GET /api/documents/:id/signers` (coordinators): who may sign a justering of the document — the
 * active members of its group (not disabled, invitation accepted), by name. The server refuses any
 * other signer.
 */
export const SIGNER_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/signers',
    params: z.strictObject({ id: documentIdSchema }),
    response: z.object({ signers: z.array(signerCandidateSchema) }),
  }),
} as const
