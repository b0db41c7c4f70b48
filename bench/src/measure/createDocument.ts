import type { RunningRelay } from '../relays/RelayKind.js'

/** Creates a document through our HTTP API (the relay runs open, without accounts) and returns its id. */
export async function createDocument(relay: RunningRelay, title: string, type = 'guidance'): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${relay.port}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, type }),
  })
  if (!response.ok) throw new Error(`POST /api/documents answered ${response.status}: ${await response.text()}`)
  const body = (await response.json()) as { id?: unknown }
  if (typeof body.id !== 'string') throw new Error('POST /api/documents answered no id')
  return body.id
}
