import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import {
  confirmJusteringRequestSchema,
  justeringActionResponseSchema,
  justeringResponseSchema,
  returnJusteringRequestSchema,
  startJusteringRequestSchema,
} from './approvalApi.js'
import { defineRoute } from './route.js'

const documentPath = z.strictObject({ id: documentIdSchema })

/**
 * The justering of a protocol: a coordinator freezes it and names the signers, each signer
 * confirms the frozen text by its hash or sends it back with a comment.
 */
export const JUSTERING_ROUTES = {
  /** The current round, or null before the first. */
  get: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/justering',
    params: documentPath,
    response: justeringResponseSchema,
  }),
  start: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/justering',
    params: documentPath,
    body: startJusteringRequestSchema,
    response: justeringActionResponseSchema,
    status: 201,
  }),
  confirm: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/justering/confirm',
    params: documentPath,
    body: confirmJusteringRequestSchema,
    response: justeringActionResponseSchema,
  }),
  sendBack: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/justering/return',
    params: documentPath,
    body: returnJusteringRequestSchema,
    response: justeringActionResponseSchema,
  }),
} as const
