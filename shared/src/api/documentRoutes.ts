import { z } from 'zod'
import { documentIdSchema } from '../documentId.js'
import { relayTokenResponseSchema } from './authApi.js'
import {
  createDocumentRequestSchema,
  documentListResponseSchema,
  documentSummarySchema,
  listDocumentsQuerySchema,
  moveDocumentRequestSchema,
  renameDocumentRequestSchema,
} from './documentsApi.js'
import { defineRoute } from './route.js'

/** A document's id in a path. */
const documentPath = z.strictObject({ id: documentIdSchema })

/**
 * `/api/documents`: list, create, read, rename, give to a group, move to the trash and back, the
 * meeting pack and relay tokens. A document one may not read is 403 `no_access`; none, 404.
 */
export const DOCUMENT_ROUTES = {
  /** The live documents one may read, or the trash (`?trashed=true`). */
  list: defineRoute({
    method: 'GET',
    path: '/api/documents',
    query: listDocumentsQuerySchema,
    response: documentListResponseSchema,
  }),
  /** 201 when registered, 200 when a document with the id was already there (created offline). */
  create: defineRoute({
    method: 'POST',
    path: '/api/documents',
    body: createDocumentRequestSchema,
    response: documentSummarySchema,
    status: 201,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/documents/:id',
    params: documentPath,
    response: documentSummarySchema,
  }),
  /** Renames a draft (409 `locked` otherwise). */
  rename: defineRoute({
    method: 'PATCH',
    path: '/api/documents/:id',
    params: documentPath,
    body: renameDocumentRequestSchema,
    response: documentSummarySchema,
  }),
  /** Gives a document to a group (administrators; documents from before accounts). */
  moveToGroup: defineRoute({
    method: 'PUT',
    path: '/api/documents/:id/group',
    params: documentPath,
    body: moveDocumentRequestSchema,
    response: documentSummarySchema,
  }),
  /** Moves a document to the trash: hidden, never changed. */
  trash: defineRoute({
    method: 'DELETE',
    path: '/api/documents/:id',
    params: documentPath,
    response: documentSummarySchema,
  }),
  restore: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/restore',
    params: documentPath,
    response: documentSummarySchema,
  }),
  /**
   * What to make available offline before a meeting: the document, the documents it refers to and
   * its group's action plans, as far as one may read them.
   */
  meetingPack: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/meeting-pack',
    params: documentPath,
    response: documentListResponseSchema,
  }),
  /** A short-lived token to open the relay connection to the document (`/sync/<id>?token=…`). */
  relayToken: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/token',
    params: documentPath,
    response: relayTokenResponseSchema,
  }),
} as const
