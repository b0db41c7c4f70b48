import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDocumentId, type DocumentId } from '@samskriv/shared'
import { ApiRequestError } from '../../api/ApiRequestError'
import { LocalDatabase } from '../../storage/LocalDatabase'
import { discardLocalCopy } from './discardLocalCopy'
import { ProposalOutbox } from './ProposalOutbox'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

function setup(
  createProposal: (id: DocumentId, input: { update: Uint8Array; baseRevision: number }) => Promise<unknown>,
) {
  const db = new LocalDatabase(`outbox-${createDocumentId()}`)
  databases.push(db)
  const api = { createProposal: vi.fn(createProposal) }
  return { db, api, outbox: new ProposalOutbox(db, api as never) }
}

const documentId = 'doc-1' as DocumentId
const entry = { documentId, baseRevision: 2, update: new Uint8Array([1, 2, 3, 250]) }

describe('ProposalOutbox', () => {
  it('sends a queued proposal and forgets it once the server has it', async () => {
    const { db, api, outbox } = setup(() => Promise.resolve({}))
    const id = await outbox.queue(entry)
    expect(await outbox.send(id)).toBe('sent')
    expect(api.createProposal).toHaveBeenCalledWith(documentId, {
      baseRevision: 2,
      update: new Uint8Array([1, 2, 3, 250]),
      summary: '',
    })
    expect(await db.pendingProposals.count()).toBe(0)
  })

  it('keeps it queued while the server cannot be reached, and sends it on a later run', async () => {
    let online = false
    const { db, outbox } = setup(() =>
      online ? Promise.resolve({}) : Promise.reject(new ApiRequestError('network', 'offline')),
    )
    const id = await outbox.queue(entry)
    expect(await outbox.send(id)).toBe('later')
    await outbox.sendAll()
    expect(await outbox.pendingFor(documentId)).toHaveLength(1)
    online = true
    await outbox.sendAll()
    expect(await db.pendingProposals.count()).toBe(0)
  })

  it('never deletes a proposal the server refused; it is kept, marked, and not sent again', async () => {
    const { api, outbox } = setup(() => Promise.reject(new ApiRequestError('rejected', 'no', 403, 'forbidden')))
    const id = await outbox.queue(entry)
    expect(await outbox.send(id)).toBe('refused')
    await outbox.sendAll()
    expect(api.createProposal).toHaveBeenCalledTimes(1)
    expect(await outbox.pendingFor(documentId)).toMatchObject([{ refusedCode: 'forbidden', update: entry.update }])
  })
})

describe('ProposalOutbox when signed out', () => {
  it('keeps the proposal waiting (not refused) until someone is signed in again', async () => {
    let signedIn = false
    const { db, outbox } = setup(() =>
      signedIn ? Promise.resolve({}) : Promise.reject(new ApiRequestError('rejected', 'sign in', 401, 'unauthorized')),
    )
    const id = await outbox.queue(entry)
    expect(await outbox.send(id)).toBe('later')
    expect(await outbox.pendingFor(documentId)).toMatchObject([{ refusedCode: null }])
    signedIn = true
    await outbox.sendAll()
    expect(await db.pendingProposals.count()).toBe(0)
  })
})

describe('discardLocalCopy', () => {
  it('forgets the document’s stored updates and unsynced flag, and only that document’s', async () => {
    const { db } = setup(() => Promise.resolve({}))
    const other = 'doc-2' as DocumentId
    await db.updates.bulkAdd([
      { documentId, update: new Uint8Array([1]) },
      { documentId: other, update: new Uint8Array([2]) },
    ])
    await db.syncStates.bulkPut([
      { documentId, pendingWriters: { a: 1 }, lastLocalChangeAt: null },
      { documentId: other, pendingWriters: {}, lastLocalChangeAt: null },
    ])
    await discardLocalCopy(db, documentId)
    expect(await db.updates.where('documentId').equals(documentId).count()).toBe(0)
    expect(await db.syncStates.get(documentId)).toBeUndefined()
    expect(await db.updates.where('documentId').equals(other).count()).toBe(1)
    expect(await db.syncStates.get(other)).toBeDefined()
  })
})
