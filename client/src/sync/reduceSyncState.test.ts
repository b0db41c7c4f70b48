import { describe, expect, it } from 'vitest'
import { CloseCode } from '@samskriv/shared'
import { deriveSyncStatus } from './deriveSyncStatus'
import { initialSyncState, reduceSyncState, type SyncEvent, type SyncState } from './reduceSyncState'

function run(events: SyncEvent[], start: SyncState = initialSyncState(true)): SyncState {
  return events.reduce(reduceSyncState, start)
}

const connectedAndSynced: SyncEvent[] = [
  { type: 'loaded', inheritedUnsynced: false },
  { type: 'wsConnecting' },
  { type: 'wsConnected' },
  { type: 'synced' },
]

describe('reduceSyncState / deriveSyncStatus', () => {
  it('is connecting while loading and while the first connection opens', () => {
    expect(deriveSyncStatus(initialSyncState(true)).kind).toBe('connecting')
    expect(deriveSyncStatus(run(connectedAndSynced.slice(0, 2))).kind).toBe('connecting')
  })

  it('is syncing when connected until the initial sync is done, then synced', () => {
    expect(deriveSyncStatus(run(connectedAndSynced.slice(0, 3))).kind).toBe('syncing')
    expect(deriveSyncStatus(run(connectedAndSynced)).kind).toBe('synced')
  })

  it('is syncing after a local change until the latest request is acknowledged', () => {
    const changed = run([
      ...connectedAndSynced,
      { type: 'localChange' },
      { type: 'durabilityRequested', seq: 1, coversInitialState: true },
    ])
    expect(deriveSyncStatus(changed).kind).toBe('syncing')
    expect(deriveSyncStatus(reduceSyncState(changed, { type: 'acknowledged', seq: 1 })).kind).toBe('synced')
  })

  it('stays syncing when an older seq is acknowledged while newer changes exist', () => {
    const state = run([
      ...connectedAndSynced,
      { type: 'localChange' },
      { type: 'durabilityRequested', seq: 1, coversInitialState: true },
      { type: 'localChange' },
      { type: 'durabilityRequested', seq: 2, coversInitialState: true },
      { type: 'acknowledged', seq: 1 },
    ])
    expect(deriveSyncStatus(state).kind).toBe('syncing')
    expect(deriveSyncStatus(reduceSyncState(state, { type: 'acknowledged', seq: 2 })).kind).toBe('synced')
  })

  it('does not settle when a change happened after the latest request', () => {
    const state = run([
      ...connectedAndSynced,
      { type: 'localChange' },
      { type: 'durabilityRequested', seq: 1, coversInitialState: true },
      { type: 'localChange' },
      { type: 'acknowledged', seq: 1 },
    ])
    expect(deriveSyncStatus(state).kind).toBe('syncing')
  })

  it('is saved-locally when offline with pending changes and offline without', () => {
    const offlineClean = run([...connectedAndSynced, { type: 'network', online: false }])
    expect(deriveSyncStatus(offlineClean).kind).toBe('offline')
    const offlineDirty = reduceSyncState(offlineClean, { type: 'localChange' })
    expect(deriveSyncStatus(offlineDirty).kind).toBe('saved-locally')
    expect(deriveSyncStatus(offlineDirty).pendingChanges).toBe(true)
  })

  it('claims saved-locally only once the changes are in IndexedDB', () => {
    let state = run([...connectedAndSynced, { type: 'network', online: false }])
    state = run([{ type: 'localStorage', unstored: true }, { type: 'localChange' }], state)
    expect(deriveSyncStatus(state).kind).toBe('offline')
    state = reduceSyncState(state, { type: 'localStorage', unstored: false })
    expect(deriveSyncStatus(state).kind).toBe('saved-locally')
  })

  it('forgets an in-flight request when the connection is lost', () => {
    const state = run([
      ...connectedAndSynced,
      { type: 'localChange' },
      { type: 'durabilityRequested', seq: 1, coversInitialState: true },
      { type: 'wsDisconnected', closeCode: 1006 },
      { type: 'acknowledged', seq: 1 },
    ])
    expect(state.durability.unacknowledged).toBe(true)
    expect(deriveSyncStatus(state).kind).toBe('saved-locally')
  })

  it('goes from saved-locally to syncing to synced when the network returns', () => {
    let state = run([
      { type: 'loaded', inheritedUnsynced: false },
      { type: 'network', online: false },
      { type: 'localChange' },
    ])
    expect(deriveSyncStatus(state).kind).toBe('saved-locally')
    state = run([{ type: 'network', online: true }, { type: 'wsConnecting' }], state)
    expect(deriveSyncStatus(state).kind).toBe('syncing')
    state = run(
      [{ type: 'wsConnected' }, { type: 'durabilityRequested', seq: 7, coversInitialState: true }, { type: 'synced' }],
      state,
    )
    expect(deriveSyncStatus(state).kind).toBe('syncing')
    expect(deriveSyncStatus(reduceSyncState(state, { type: 'acknowledged', seq: 7 })).kind).toBe('synced')
  })

  it('keeps changes inherited from an earlier session pending until a request covers the upload', () => {
    let state = run([{ type: 'loaded', inheritedUnsynced: true }, { type: 'wsConnecting' }, { type: 'wsConnected' }])
    state = run(
      [
        { type: 'durabilityRequested', seq: 1, coversInitialState: false },
        { type: 'acknowledged', seq: 1 },
        { type: 'synced' },
      ],
      state,
    )
    expect(deriveSyncStatus(state).kind).toBe('syncing')
    state = run(
      [
        { type: 'durabilityRequested', seq: 2, coversInitialState: true },
        { type: 'acknowledged', seq: 2 },
      ],
      state,
    )
    expect(deriveSyncStatus(state).kind).toBe('synced')
  })

  it('shows saved-locally, not a flickering syncing, while retrying with pending changes', () => {
    const state = run([
      ...connectedAndSynced,
      { type: 'localChange' },
      { type: 'wsDisconnected', closeCode: CloseCode.storageUnavailable },
      { type: 'wsConnecting' },
    ])
    const status = deriveSyncStatus(state)
    expect(status.kind).toBe('saved-locally')
    expect(status.notice).toBe('serverStorage')
    expect(deriveSyncStatus(reduceSyncState(state, { type: 'wsConnected' })).notice).toBeNull()
  })

  it('shows connecting while retrying with nothing pending', () => {
    const state = run([...connectedAndSynced, { type: 'wsDisconnected', closeCode: null }])
    expect(deriveSyncStatus(state).kind).toBe('connecting')
  })

  it('is an error while storage fails, whatever the connection', () => {
    const failed = run([...connectedAndSynced, { type: 'storageFailed' }])
    expect(deriveSyncStatus(failed)).toMatchObject({ kind: 'error', errorReason: 'storage' })
    expect(deriveSyncStatus(reduceSyncState(failed, { type: 'storageRecovered' })).kind).toBe('synced')
  })

  it('is an error after a refusal until the next connection attempt', () => {
    const refused = run([
      ...connectedAndSynced,
      { type: 'wsDisconnected', closeCode: CloseCode.malformedMessage },
      { type: 'refused', closeCode: CloseCode.malformedMessage },
    ])
    expect(deriveSyncStatus(refused)).toMatchObject({
      kind: 'error',
      errorReason: 'refused',
      closeCode: CloseCode.malformedMessage,
    })
    expect(deriveSyncStatus(reduceSyncState(refused, { type: 'wsConnecting' })).kind).toBe('connecting')
  })

  it('ignores a late synced event from a connection that is gone', () => {
    const state = run([...connectedAndSynced, { type: 'wsDisconnected', closeCode: null }, { type: 'synced' }])
    expect(state.synced).toBe(false)
  })
})
