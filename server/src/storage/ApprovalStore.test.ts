import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import { versionRecord } from '../../test/storageFixtures.js'
import type { JusteringRecord } from './ApprovalStore.js'
import { newDocumentRecord, type Storage } from './Storage.js'

const at = '2026-11-02T08:00:00.000Z'

const version = (documentId: string, number: number) =>
  versionRecord(documentId, number, {
    decision: { documentId: 'prot', decisionId: 'd1' },
    signedBy: [{ id: 'u2', name: 'Per', at }],
  })

async function withDocument(create: () => Promise<Storage>, type: 'actionPlan' | 'protocol') {
  const storage = await create()
  await storage.accounts.createUser({
    id: 'u1',
    email: 'a@example.se',
    name: 'Anna',
    passwordHash: null,
    isAdmin: false,
    createdAt: at,
    disabledAt: null,
  })
  await storage.accounts.createUser({
    id: 'u2',
    email: 'p@example.se',
    name: 'Per',
    passwordHash: null,
    isAdmin: false,
    createdAt: at,
    disabledAt: null,
  })
  await storage.catalog.insert(newDocumentRecord({ id: 'doc', type, title: 'D', at }))
  return storage
}

describe.each(storageKinds())('%s approvals', (_name, create) => {
  it('records versions with the document’s lock, and never the same number twice', async () => {
    const storage = await withDocument(create, 'actionPlan')
    const locked = await storage.approvals.recordVersion(version('doc', 1))
    expect(locked).toMatchObject({ status: 'approved', approvedVersion: 1 })
    expect(await storage.approvals.getVersion('doc', 1)).toEqual(version('doc', 1))
    await expect(storage.approvals.recordVersion({ ...version('doc', 1), title: 'ändrad' })).rejects.toThrow()
    expect(await storage.approvals.openRevision('doc', 2)).toMatchObject({ status: 'draft', revision: 2 })
    await storage.approvals.recordVersion(version('doc', 2))
    expect((await storage.approvals.listVersions('doc')).map((v) => v.number)).toEqual([2, 1])
    expect(await storage.approvals.getVersion('doc', 3)).toBeNull()
  })

  it('freezes for justering, records answers, and returns or completes the round', async () => {
    const storage = await withDocument(create, 'protocol')
    const round: JusteringRecord = {
      documentId: 'doc',
      round: 1,
      status: 'open',
      hash: 'b'.repeat(64),
      state: new Uint8Array([9]),
      onBehalfOf: 'Presidiet',
      startedBy: { id: 'u1', name: 'Anna' },
      startedAt: at,
      signers: [
        { userId: 'u1', name: '', state: 'pending', comment: '', evidence: '', at: null },
        { userId: 'u2', name: '', state: 'pending', comment: '', evidence: '', at: null },
      ],
    }
    expect((await storage.approvals.startJustering(round)).status).toBe('justering')
    await storage.approvals.answerJustering('doc', 1, {
      userId: 'u2',
      state: 'returned',
      comment: 'Fel datum',
      evidence: '',
      at,
    })
    expect((await storage.approvals.returnJustering('doc', 1)).status).toBe('draft')
    const returned = await storage.approvals.currentJustering('doc')
    expect(returned).toMatchObject({ round: 1, status: 'returned', hash: round.hash, state: round.state })
    // (The memory store keeps the names it was given; the databases read them from the accounts.)
    expect(returned?.signers.map(({ name: _name, ...answer }) => answer)).toEqual([
      { userId: 'u1', state: 'pending', comment: '', evidence: '', at: null },
      { userId: 'u2', state: 'returned', comment: 'Fel datum', evidence: '', at },
    ])

    await storage.approvals.startJustering({ ...round, round: 2 })
    for (const userId of ['u1', 'u2']) {
      await storage.approvals.answerJustering('doc', 2, {
        userId,
        state: 'confirmed',
        comment: '',
        evidence: 'session',
        at,
      })
    }
    const done = await storage.approvals.completeJustering('doc', 2, { ...version('doc', 1), method: 'justering' })
    expect(done).toMatchObject({ status: 'approved', approvedVersion: 1 })
    expect(await storage.approvals.currentJustering('doc')).toMatchObject({ round: 2, status: 'completed' })
  })

  it('keeps proposals until a coordinator handles them once', async () => {
    const storage = await withDocument(create, 'actionPlan')
    const proposal = {
      id: 'p1',
      documentId: 'doc',
      baseRevision: 1,
      data: new Uint8Array([4, 4]),
      author: { id: 'u1', name: 'Anna' },
      createdAt: at,
      summary: 'offline',
      preview: 'text',
      status: 'open' as const,
    }
    expect(await storage.approvals.createProposal(proposal, { perDocument: 1, perAuthor: 1 })).toBe(true)
    expect(await storage.approvals.listProposals('doc')).toEqual([proposal])
    await storage.approvals.setProposalStatus('p1', 'applied')
    await storage.approvals.setProposalStatus('p1', 'dismissed')
    expect(await storage.approvals.getProposal('p1')).toEqual({ ...proposal, status: 'applied' })
    expect(await storage.approvals.getProposal('none')).toBeNull()
  })
})
