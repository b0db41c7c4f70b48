import { describe, expect, it } from 'vitest'
import { documentSummarySchema } from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'
import { requestJson } from './requestJson'

const apiError = (code: string) => JSON.stringify({ error: { code, message: 'English text for developers' } })

async function failure(status: number, body: string): Promise<ApiRequestError> {
  const answer = () => Promise.resolve(new Response(body, { status }))
  const error: unknown = await requestJson(answer, '/api/documents/x', { method: 'PATCH' }, documentSummarySchema).then(
    () => null,
    (rejection: unknown) => rejection,
  )
  if (!(error instanceof ApiRequestError)) throw new Error('expected an ApiRequestError')
  return error
}

describe('requestJson', () => {
  it.each([
    [404, apiError('not_found'), 'rejected', false],
    [409, apiError('conflict'), 'rejected', false],
    [400, apiError('invalid_request'), 'rejected', false],
    [408, apiError('timeout'), 'server', true],
    [429, apiError('rate_limited'), 'server', true],
    [500, apiError('internal_error'), 'server', true],
    [503, '<html>Service Unavailable</html>', 'server', true],
    // Not the API's answer (a proxy's or a captive portal's page): try again later.
    [404, '<html>Not Found</html>', 'invalidResponse', true],
    [200, '{"id":', 'invalidResponse', true],
  ])('treats %i with %s as %s (retryable: %s)', async (status, body, kind, retryable) => {
    const error = await failure(status, body)
    expect(error).toMatchObject({ kind, retryable, status })
  })

  it('keeps the API’s error code for the UI to describe', async () => {
    expect((await failure(404, apiError('not_found'))).code).toBe('not_found')
    expect((await failure(404, '<html>Not Found</html>')).code).toBeNull()
  })
})
