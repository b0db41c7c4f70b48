import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { ProposalRecord, VersionRecord } from './ApprovalStore.js'
import { SqliteStorage } from './SqliteStorage.js'
import { newDocumentRecord, type StoredExport } from './Storage.js'

const tempDirs: string[] = []
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-storage-'))
  tempDirs.push(dir)
  return dir
}

const version: VersionRecord = {
  documentId: 'a',
  number: 1,
  state: new Uint8Array([1]),
  bodyJson: '{}',
  html: '',
  title: 'A',
  type: 'protocol',
  hash: 'f'.repeat(64),
  approvedBy: { id: 'u', name: 'U' },
  approvedAt: '2026-11-02T00:00:00.000Z',
  onBehalfOf: 'LGL',
  method: 'coordinator',
  decision: null,
  signedBy: [],
}

const exported = (body: string): StoredExport => ({
  documentId: 'a',
  number: 1,
  format: 'md',
  contentType: 'text/markdown; charset=utf-8',
  fileName: 'A-version-1.md',
  body: new TextEncoder().encode(body),
  createdAt: '2026-11-03T00:00:00.000Z',
})

const proposal = (id: string, authorId: string, status: ProposalRecord['status'] = 'open'): ProposalRecord => ({
  id,
  documentId: 'a',
  baseRevision: 1,
  data: new Uint8Array([1, 2]),
  author: { id: authorId, name: authorId },
  createdAt: `2026-11-03T00:00:0${id.length}.000Z`,
  summary: '',
  preview: '',
  status,
})

describe.each(storageKinds())('%s storage of limits', (_name, create) => {
  it('stores an export once, beside its version, and keeps the first when stored twice', async () => {
    const storage = await create()
    await storage.catalog.insert(newDocumentRecord({ id: 'a', type: 'protocol', title: 'A', at: version.approvedAt }))
    await storage.approvals.recordVersion(version)
    expect(await storage.exports.get('a', 1, 'md')).toBeNull()
    expect(new TextDecoder().decode((await storage.exports.put(exported('# A'))).body)).toBe('# A')
    expect(new TextDecoder().decode((await storage.exports.put(exported('# B'))).body)).toBe('# A')
    expect(await storage.exports.get('a', 1, 'md')).toEqual(exported('# A'))
    expect(await storage.exports.get('a', 1, 'pdf')).toBeNull()
  })

  it('claims an action up to its limit in a window, per person, forgetting what fell out of it', async () => {
    const storage = await create()
    const claim = (who: string, at: string) =>
      storage.usage.claim('createDocument', who, at, { since: '2026-11-03T10:00:00.000Z', max: 2 })
    expect(await storage.usage.claim('createDocument', 'anna', '2026-11-03T09:00:00.000Z', { since: '', max: 9 })).toBe(
      true,
    )
    expect(await claim('anna', '2026-11-03T10:10:00.000Z')).toBe(true)
    expect(await claim('anna', '2026-11-03T10:20:00.000Z')).toBe(true)
    expect(await claim('anna', '2026-11-03T10:30:00.000Z')).toBe(false)
    expect(await claim('bo', '2026-11-03T10:30:00.000Z')).toBe(true)
  })

  it('stores a proposal only while its document and author are under their open proposals', async () => {
    const storage = await create()
    const limits = { perDocument: 3, perAuthor: 2 }
    expect(await storage.approvals.createProposal(proposal('p1', 'anna'), limits)).toBe(true)
    expect(await storage.approvals.createProposal(proposal('p22', 'anna'), limits)).toBe(true)
    expect(await storage.approvals.createProposal(proposal('p333', 'anna'), limits)).toBe(false)
    expect(await storage.approvals.createProposal(proposal('p4444', 'bo'), limits)).toBe(true)
    expect(await storage.approvals.createProposal(proposal('p55555', 'bo'), limits)).toBe(false)
    expect(await storage.approvals.countOpenProposals('a', 'anna')).toEqual({ total: 3, theirs: 2 })
    await storage.approvals.setProposalStatus('p1', 'dismissed')
    expect(await storage.approvals.countOpenProposals('a', 'anna')).toEqual({ total: 2, theirs: 1 })
    expect(await storage.approvals.createProposal(proposal('p666666', 'anna'), limits)).toBe(true)
    expect((await storage.approvals.listProposals('a')).map((p) => p.id).sort()).toEqual([
      'p1',
      'p22',
      'p4444',
      'p666666',
    ])
  })
})

describe('SqliteStorage exports', () => {
  it('never lets a stored export change, even by SQL', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    await storage.catalog.insert(newDocumentRecord({ id: 'a', type: 'protocol', title: 'A', at: version.approvedAt }))
    await storage.approvals.recordVersion(version)
    await storage.exports.put(exported('# A'))
    await storage.close()
    const BetterSqlite3 = (await import('better-sqlite3')).default
    const db = new BetterSqlite3(path.join(dir, 'samskriv.sqlite'))
    expect(() => db.prepare("UPDATE version_exports SET body = 'x'").run()).toThrow(/never change/)
    expect(() => db.prepare('DELETE FROM version_exports').run()).toThrow(/never change/)
    db.close()
  })
})
