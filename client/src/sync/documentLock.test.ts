import { describe, expect, it } from 'vitest'
import type { DocumentMeta, RelayNotice } from '@samskriv/shared'
import { describeDocumentLock } from './documentLock'
import type { RelayConnectionState } from './relayNotice'

const meta = (lock: DocumentMeta['lock'], revision = 1): DocumentMeta => ({
  type: 'protocol',
  title: 'Protokoll',
  schemaVersion: 2,
  lock,
  revision,
})

const relay = (notice: Partial<RelayNotice>): RelayConnectionState => ({
  lock: { state: 'draft' },
  revision: 1,
  access: 'edit',
  stale: false,
  refused: false,
  stateVector: new Uint8Array(),
  refusals: 0,
  ...notice,
})

describe('describeDocumentLock', () => {
  it('is editable as a draft before the relay spoke', () => {
    expect(describeDocumentLock(meta({ state: 'draft' }), null)).toEqual({
      lock: { state: 'draft' },
      revision: 1,
      access: null,
      readOnlyReason: null,
    })
  })

  it('is read-only offline when the device’s copy is approved', () => {
    expect(describeDocumentLock(meta({ state: 'approved', version: 2 }), null).readOnlyReason).toBe('approved')
  })

  it.each([
    [{ access: 'read' } as const, 'readAccess'],
    [{ access: 'comment' } as const, 'readAccess'],
    [{ lock: { state: 'frozen', round: 1 } } as const, 'frozen'],
    [{ lock: { state: 'approved', version: 1 }, access: 'read' } as const, 'approved'],
    [{ stale: true }, 'staleRevision'],
    [{}, null],
  ])('the relay saying %j makes it %s', (notice, reason) => {
    expect(describeDocumentLock(meta({ state: 'draft' }), relay(notice)).readOnlyReason).toBe(reason)
  })

  it('follows the newer revision: a revision opened on the relay unlocks an approved copy', () => {
    const lock = describeDocumentLock(meta({ state: 'approved', version: 1 }, 1), relay({ revision: 2 }))
    expect(lock).toMatchObject({ lock: { state: 'draft' }, revision: 2, readOnlyReason: null })
  })

  it('at the same revision a lock in either wins over a draft', () => {
    expect(describeDocumentLock(meta({ state: 'approved', version: 1 }), relay({})).readOnlyReason).toBe('approved')
    const frozen = relay({ lock: { state: 'frozen', round: 1 } })
    expect(describeDocumentLock(meta({ state: 'draft' }), frozen).readOnlyReason).toBe('frozen')
  })
})
