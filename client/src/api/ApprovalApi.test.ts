import { describe, expect, it, vi } from 'vitest'
import type { DocumentId } from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'
import { ApprovalApi } from './ApprovalApi'

const id = 'doc-1' as DocumentId
const version = {
  number: 1,
  hash: 'f'.repeat(64),
  title: 'Rutin',
  type: 'guidance',
  approvedAt: '2026-11-20T10:00:00.000Z',
  approvedBy: { id: 'u1', name: 'Cecilia' },
  onBehalfOf: 'Länsgemensam ledning',
  method: 'coordinator',
  decision: null,
  signedBy: [],
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('ApprovalApi', () => {
  it('approves with the body and decision, and validates the version it answers', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(json(version, 201)))
    const api = new ApprovalApi(fetchImpl)
    const input = { onBehalfOf: 'Länsgemensam ledning', decision: { documentId: 'p1' as DocumentId, decisionId: 'd1' } }
    expect(await api.approve(id, input)).toEqual(version)
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/documents/doc-1/approve')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string)).toEqual(input)
  })

  it('sends a proposal as the update itself, its revision and summary in the query', async () => {
    const proposal = {
      id: 'p1',
      baseRevision: 2,
      author: { id: 'u1', name: 'Eva' },
      createdAt: '2026-11-20T10:00:00.000Z',
      summary: 'Från mötet',
      status: 'open',
      preview: 'text',
    }
    const fetchImpl = vi.fn(() => Promise.resolve(json(proposal, 201)))
    const api = new ApprovalApi(fetchImpl)
    const update = new Uint8Array([1, 2, 3])
    expect(await api.createProposal(id, { baseRevision: 2, update, summary: 'Från mötet' })).toEqual(proposal)
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/documents/doc-1/proposals?baseRevision=2&summary=Fr%C3%A5n+m%C3%B6tet')
    expect(init.body).toBe(update)
    expect(new Headers(init.headers).get('content-type')).toBe('application/octet-stream')
  })

  it('rejects an answer that does not match the contract', async () => {
    const api = new ApprovalApi(() => Promise.resolve(json({ versions: [{ ...version, hash: 'short' }] })))
    await expect(api.versions(id)).rejects.toMatchObject({ kind: 'invalidResponse' })
  })

  it('passes the API’s refusal on with its code', async () => {
    const api = new ApprovalApi(() =>
      Promise.resolve(json({ error: { code: 'conflict', message: 'Only a draft can be approved.' } }, 409)),
    )
    const failure: unknown = await api.openRevision(id).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiRequestError)
    expect(failure).toMatchObject({ kind: 'rejected', code: 'conflict', status: 409 })
  })

  it('names the export files of a version', () => {
    const api = new ApprovalApi()
    expect(api.exportUrl(id, 3, 'pdf')).toBe('/api/documents/doc-1/versions/3/export.pdf')
    expect(api.exportUrl(id, 3, 'md')).toBe('/api/documents/doc-1/versions/3/export.md')
  })
})
