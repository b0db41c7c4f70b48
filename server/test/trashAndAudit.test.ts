import { afterEach, describe, expect, it } from 'vitest'
import type { AuditEntryView } from '@samskriv/shared'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>>
afterEach(async () => {
  await fixture.close()
})

/** A protocol with decisions (its template's), approved by justering with Kim and Rut confirming. */
async function approvedProtocol() {
  const { members, create } = fixture
  const id = await create('Protokoll LGL 2026-11-12', 'protocol')
  const started = await members.Kim!.api('POST', `/api/documents/${id}/justering`, {
    signers: [members.Kim!.id, members.Rut!.id],
    onBehalfOf: 'Länsgemensam ledning',
  })
  expect(started.status).toBe(201)
  const hash = (started.body as { justering: { hash: string } }).justering.hash
  for (const who of ['Kim', 'Rut'] as const)
    expect((await members[who]!.api('POST', `/api/documents/${id}/justering/confirm`, { hash })).status).toBe(200)
  const decisions = async () =>
    (
      (await members.Rut!.api('GET', '/api/decisions')).body as {
        decisions: Array<{ documentId: string; documentTrashed?: boolean }>
      }
    ).decisions.filter((d) => d.documentId === id)
  await waitFor(async () => (await decisions()).length > 0, 'decisions registered')
  return { id, decisions }
}

describe('the trash and approved documents', () => {
  it('refuses an editor who trashes an approved protocol; its decisions and versions stay', async () => {
    fixture = await teamWithPlan()
    const { members, server } = fixture
    const { id, decisions } = await approvedProtocol()
    const listed = (await decisions()).length
    expect((await members.Eva!.api('DELETE', `/api/documents/${id}`)).status).toBe(403)
    expect((await server.storage.catalog.get(id))?.deletedAt).toBeNull()
    expect(await decisions()).toHaveLength(listed)

    // A coordinator may: the version and the decisions stay reachable, marked as trashed.
    expect((await members.Kim!.api('DELETE', `/api/documents/${id}`)).status).toBe(200)
    expect((await members.Rut!.api('GET', `/api/documents/${id}/versions/1`)).status).toBe(200)
    expect((await members.Rut!.api('GET', `/api/documents/${id}/versions`)).body.versions).toHaveLength(1)
    const kept = await decisions()
    expect(kept).toHaveLength(listed)
    expect(kept.every((d) => d.documentTrashed === true)).toBe(true)
    expect((await members.Eva!.api('POST', `/api/documents/${id}/restore`)).status).toBe(403)
    expect((await members.Kim!.api('POST', `/api/documents/${id}/restore`)).status).toBe(200)
  })

  it('lets editors trash drafts, commenters nothing', async () => {
    fixture = await teamWithPlan()
    const { members, plan } = fixture
    expect((await members.Cia!.api('DELETE', `/api/documents/${plan}`)).status).toBe(403)
    expect((await members.Cia!.api('PATCH', `/api/documents/${plan}`, { title: 'Nytt' })).status).toBe(403)
    expect((await members.Eva!.api('DELETE', `/api/documents/${plan}`)).status).toBe(200)
    expect((await members.Eva!.api('POST', `/api/documents/${plan}/restore`)).status).toBe(200)
  })

  it('audits creating, renaming, trashing and restoring', async () => {
    fixture = await teamWithPlan()
    const { members, plan, admin } = fixture
    await members.Eva!.api('PATCH', `/api/documents/${plan}`, { title: 'Omdöpt' })
    await members.Eva!.api('DELETE', `/api/documents/${plan}`)
    await members.Eva!.api('POST', `/api/documents/${plan}/restore`)
    const entries = (await admin.api('GET', '/api/audit')).body.entries as AuditEntryView[]
    const lifecycle = entries.filter((e) => e.subject.id === plan).map((e) => [e.action, e.actor?.id])
    expect(lifecycle.reverse()).toEqual([
      ['documentCreated', members.Eva!.id],
      ['documentRenamed', members.Eva!.id],
      ['documentTrashed', members.Eva!.id],
      ['documentRestored', members.Eva!.id],
    ])
    // Told by title and name (as they are now), not by id.
    const created = entries.find((e) => e.subject.id === plan && e.action === 'documentCreated')
    expect(created).toMatchObject({
      subject: { kind: 'document', name: 'Omdöpt' },
      actor: { id: members.Eva!.id, name: 'Eva' },
    })
    const role = entries.find((e) => e.action === 'roleChanged' && e.subject.id === members.Eva!.id)
    expect(role?.subject).toEqual({ kind: 'user', id: members.Eva!.id, name: 'Eva' })
  })
})
