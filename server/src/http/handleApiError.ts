import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ApiError } from '@samskriv/shared'
import { DocumentConflictError } from '../documents/DocumentService.js'
import { StorageUnavailableError } from '../relay/DocumentRoom.js'
import { ApprovalError } from '../approval/ApprovalError.js'
import { LimitError } from '../limits/LimitError.js'
import { ApiRequestError } from './ApiRequestError.js'

/** Fastify's own request errors, by code, as the API presents them. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: 'Content-Length does not match the body.',
  },
}

function present(error: unknown): { status: number; body: ApiError } {
  if (error instanceof ApiRequestError) {
    const body: ApiError = { error: { code: error.code, message: error.message } }
    if (error.issues) body.error.issues = error.issues
    return { status: error.statusCode, body }
  }
  if (error instanceof ApprovalError) {
    const status = { notFound: 404, forbidden: 403, conflict: 409, invalid: 400 }[error.code]
    const code = { notFound: 'not_found', forbidden: 'forbidden', conflict: 'conflict', invalid: 'invalid_request' }[
      error.code
    ]
    return { status, body: { error: { code, message: error.message } } }
  }
  if (error instanceof LimitError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } }
  }
  if (error instanceof DocumentConflictError) {
    return { status: 409, body: { error: { code: 'conflict', message: error.message } } }
  }
  if (error instanceof StorageUnavailableError) {
    return {
      status: 503,
      body: { error: { code: 'storage_unavailable', message: 'Storage is unavailable; try again.' } },
    }
  }
  const fastifyError = error as Partial<FastifyError>
  const known = fastifyError.code ? FASTIFY_ERRORS[fastifyError.code] : undefined
  if (known) return { status: known.status, body: { error: { code: known.code, message: known.message } } }
  const status = fastifyError.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Other client errors Fastify raises, e.g. JSON that does not parse.
    return { status, body: { error: { code: 'invalid_request', message: fastifyError.message ?? 'Bad request.' } } }
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'Something went wrong on the server.' } } }
}

/** The API's error handler: every error becomes a JSON body; only server faults are logged. */
export function handleApiError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = present(error)
  if (error instanceof LimitError) {
    request.log.warn({ limit: error.limit, code: error.code, url: request.url }, error.message)
    if (error.retryAfterSeconds !== null) void reply.header('Retry-After', String(error.retryAfterSeconds))
  } else if (status >= 500) request.log.error({ err: error }, 'request failed')
  void reply.code(status).type('application/json').send(body)
}
