import type { ApiRoute } from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'
import { callUrl, type RouteCall } from './callRoute'
import { apiFailure, type Fetch } from './requestJson'

/** A file a route answered, with the name the server gave it (null when it gave none). */
export interface DownloadedFile {
  readonly blob: Blob
  readonly fileName: string | null
}

/**
 * Fetches a route that answers a file (`response: 'file'`), for saving it from script rather than
 * a link; rejects with an {@link ApiRequestError} as `callRoute` does.
 */
export async function downloadRoute<T extends ApiRoute>(
  fetchImpl: Fetch,
  route: T,
  call: RouteCall<T>,
): Promise<DownloadedFile> {
  if (route.response !== 'file') throw new Error(`${route.path} answers JSON: use callRoute()`)
  let response: Response
  try {
    response = await fetchImpl(callUrl(route, call), { method: route.method })
  } catch (error) {
    throw new ApiRequestError('network', 'The server could not be reached', null, null, { cause: error })
  }
  if (!response.ok) throw apiFailure(response.status, await response.json().catch(() => null))
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1]
  return { blob: await response.blob(), fileName: named ?? null }
}
