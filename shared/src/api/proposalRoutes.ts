import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import { NONE, defineRoute } from './route.js'
import {
  createProposalQuerySchema,
  createProposalRequestSchema,
  okResponseSchema,
  proposalListResponseSchema,
  proposalSchema,
} from './approvalApi.js'

const documentPath = z.strictObject({ id: documentIdSchema })
const proposalPath = z.strictObject({ id: documentIdSchema, proposalId: z.string().min(1).max(64) })

/** Proposals: edits made offline to a version approved meanwhile, for a coordinator to carry over or dismiss. */
export const PROPOSAL_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/proposals',
    params: documentPath,
    response: proposalListResponseSchema,
  }),
  /**
   * The Yjs update itself as the body (`application/octet-stream`, Samskriv's client) with
   * `?baseRevision=…&summary=…`, or everything as JSON with the update in base64.
   */
  create: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/proposals',
    params: documentPath,
    query: z.union([createProposalQuerySchema, NONE]),
    body: z.union([z.instanceof(Uint8Array), createProposalRequestSchema]),
    response: proposalSchema,
    status: 201,
  }),
  /** Carries the proposal into the current draft. */
  apply: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/proposals/:proposalId/apply',
    params: proposalPath,
    response: okResponseSchema,
  }),
  dismiss: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/proposals/:proposalId/dismiss',
    params: proposalPath,
    response: okResponseSchema,
  }),
} as const
