import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import { SnapshotScheduler } from './SnapshotScheduler.js'

const log = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() } as unknown as Logger
const QUIET = 120_000
const eva = { id: 'u-eva', name: 'Eva' }
const kim = { id: 'u-kim', name: 'Kim' }

describe('SnapshotScheduler', () => {
  let taken: Array<{ documentId: string; writers: string[]; fromDoc: boolean }>
  let scheduler: SnapshotScheduler
  beforeEach(() => {
    vi.useFakeTimers()
    taken = []
    scheduler = new SnapshotScheduler(
      (documentId, writers, state) => {
        taken.push({ documentId, writers: writers.map((w) => w.name).sort(), fromDoc: state !== null })
        return Promise.resolve()
      },
      QUIET,
      log,
    )
  })
  afterEach(async () => {
    await scheduler.close()
    vi.useRealTimers()
  })

  it('takes one snapshot when a burst of work has been quiet for the whole period', () => {
    scheduler.noteCommitted('doc', [eva])
    vi.advanceTimersByTime(QUIET / 2)
    scheduler.noteCommitted('doc', [kim])
    scheduler.noteCommitted('doc', [eva])
    // The first timer fires while the burst goes on: it waits out the rest.
    vi.advanceTimersByTime(QUIET / 2)
    expect(taken).toEqual([])
    vi.advanceTimersByTime(QUIET / 2 - 1)
    expect(taken).toEqual([])
    vi.advanceTimersByTime(1)
    expect(taken).toEqual([{ documentId: 'doc', writers: ['Eva', 'Kim'], fromDoc: false }])
    expect(scheduler.pending).toBe(0)
  })

  it('starts a new burst after a snapshot, with only its own writers', () => {
    scheduler.noteCommitted('doc', [eva])
    vi.advanceTimersByTime(QUIET)
    scheduler.noteCommitted('doc', [kim])
    vi.advanceTimersByTime(QUIET)
    expect(taken.map((t) => t.writers)).toEqual([['Eva'], ['Kim']])
  })

  it('keeps documents apart, and takes none without a commit', () => {
    scheduler.noteCommitted('a', [eva])
    vi.advanceTimersByTime(QUIET / 2)
    scheduler.noteCommitted('b', [])
    vi.advanceTimersByTime(QUIET / 2)
    expect(taken.map((t) => t.documentId)).toEqual(['a'])
    vi.advanceTimersByTime(QUIET * 10)
    expect(taken.map((t) => t.documentId)).toEqual(['a', 'b'])
    expect(taken[1]!.writers).toEqual([])
  })

  it('keeps the final state of a room that leaves memory for the snapshot at the end of the burst', () => {
    const doc = new Y.Doc()
    scheduler.noteCommitted('doc', [eva])
    scheduler.noteUnloaded('doc', doc)
    expect(taken).toEqual([])
    vi.advanceTimersByTime(QUIET)
    expect(taken).toEqual([{ documentId: 'doc', writers: ['Eva'], fromDoc: true }])
    // A room unloaded without edits takes nothing.
    scheduler.noteUnloaded('other', doc)
    vi.advanceTimersByTime(QUIET * 2)
    expect(taken).toHaveLength(1)
  })

  it('reads the document again when it was edited after its room left memory', () => {
    scheduler.noteCommitted('doc', [eva])
    scheduler.noteUnloaded('doc', new Y.Doc())
    scheduler.noteCommitted('doc', [kim])
    vi.advanceTimersByTime(QUIET)
    expect(taken).toEqual([{ documentId: 'doc', writers: ['Eva', 'Kim'], fromDoc: false }])
  })

  it('takes what unloaded rooms left at once when it closes, and nothing after', async () => {
    scheduler.noteCommitted('left', [eva])
    scheduler.noteUnloaded('left', new Y.Doc())
    scheduler.noteCommitted('open', [kim])
    await scheduler.close()
    expect(taken.map((t) => t.documentId)).toEqual(['left'])
    scheduler.noteCommitted('doc', [eva])
    vi.advanceTimersByTime(QUIET * 2)
    expect(taken).toHaveLength(1)
  })
})
