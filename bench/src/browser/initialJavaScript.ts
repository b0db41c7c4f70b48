import zlib from 'node:zlib'
import type { Page, Response } from 'playwright-core'

/** One script the app's first page loaded, raw and gzipped (level 9, as a server would send it). */
export interface LoadedScript {
  readonly path: string
  readonly bytes: number
  readonly gzipBytes: number
}

/**
 * Records every script `page` loads from `origin` while `load` runs (the app's first visit, until
 * the network is idle): the initial JavaScript a first-time visitor downloads.
 */
export async function recordInitialScripts(
  page: Page,
  origin: string,
  load: () => Promise<void>,
): Promise<LoadedScript[]> {
  const pending: Array<Promise<LoadedScript | null>> = []
  const onResponse = (response: Response) => {
    const request = response.request()
    if (request.resourceType() !== 'script' || !response.url().startsWith(origin)) return
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          bytes: body.byteLength,
          gzipBytes: zlib.gzipSync(body, { level: 9 }).byteLength,
        }),
        () => null,
      ),
    )
  }
  page.on('response', onResponse)
  try {
    await load()
  } finally {
    page.off('response', onResponse)
  }
  const scripts = (await Promise.all(pending)).filter((script): script is LoadedScript => script !== null)
  // A script fetched twice (e.g. by a reload) counts once.
  return [...new Map(scripts.map((script) => [script.path, script])).values()]
}
