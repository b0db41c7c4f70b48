import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import {
  approveRequestSchema,
  revisionResponseSchema,
  versionDetailSchema,
  versionListResponseSchema,
  versionSummarySchema,
} from './approvalApi.js'
import { defineRoute } from './route.js'

/** The formats an approved version can be exported in (`…/versions/:n/export.<format>`). */
export const VERSION_EXPORT_FORMATS = ['pdf', 'md', 'html'] as const
export type VersionExportFormat = (typeof VERSION_EXPORT_FORMATS)[number]

const documentPath = z.strictObject({ id: documentIdSchema })
const versionPath = z.strictObject({ id: documentIdSchema, number: z.coerce.number().int().positive() })

/** A document's approved versions (readers), approving one and opening a revision (coordinators). */
export const VERSION_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/versions',
    params: documentPath,
    response: versionListResponseSchema,
  }),
  /** One version with its body (ProseMirror JSON). */
  get: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/versions/:number',
    params: versionPath,
    response: versionDetailSchema,
  }),
  /** The version as a file; it never changes, so it may be cached for good. */
  export: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/versions/:number/export.:format',
    params: versionPath.extend({ format: z.enum(VERSION_EXPORT_FORMATS) }),
    response: 'file',
  }),
  /** Approves the document as it is now: its next version (action plans and guidance). */
  approve: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/approve',
    params: documentPath,
    body: approveRequestSchema,
    response: versionSummarySchema,
    status: 201,
  }),
  /** Opens revision N+1 from the approved version N. */
  openRevision: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/revisions',
    params: documentPath,
    response: revisionResponseSchema,
    status: 201,
  }),
} as const
