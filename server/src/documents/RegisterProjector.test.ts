import type { DocumentRegisters, Room } from '@samskriv/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { silentLogger } from '../Logger.js'
import { MemoryRegisterStore } from '../storage/MemoryRegisterStore.js'
import { RegisterProjector } from './RegisterProjector.js'

const DOCUMENT = 'doc-registers-1'
const room = { documentId: DOCUMENT, kind: 'content' } as Room
const empty: DocumentRegisters = { decisions: [], activities: [] }

describe('RegisterProjector', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('projects a document that is edited without a pause within the delay, not once per commit', async () => {
    const store = new MemoryRegisterStore(
      () => null,
      () => new Map(),
    )
    let seq = 0
    const projectedAt: number[] = []
    const read = vi.fn(() => {
      projectedAt.push(Date.now())
      return Promise.resolve({ registers: empty, seq })
    })
    const projector = new RegisterProjector(store, read, silentLogger, 300)
    const started = Date.now()
    // Steady typing: a commit every 50 ms for 3 seconds (60 commits).
    for (let commit = 0; commit < 60; commit++) {
      seq++
      projector.noteCommitted(room)
      await vi.advanceTimersByTimeAsync(50)
    }
    // Current within a second while the typing goes on …
    expect(projectedAt.length).toBeGreaterThan(0)
    expect(projectedAt[0]! - started).toBeLessThanOrEqual(1000)
    for (let i = 1; i < projectedAt.length; i++) expect(projectedAt[i]! - projectedAt[i - 1]!).toBeLessThanOrEqual(1000)
    // … and the document is read at most once per delay, never per commit.
    expect(read.mock.calls.length).toBeLessThanOrEqual(3000 / 300 + 1)
    await projector.flush()
    expect(read.mock.calls.length).toBeLessThan(60 / 4)
  })

  it('writes unchanged registers once, and records the latest update when the document leaves memory', async () => {
    const store = new MemoryRegisterStore(
      () => null,
      () => new Map(),
    )
    const replace = vi.spyOn(store, 'replaceDocument')
    let seq = 0
    const projector = new RegisterProjector(store, () => Promise.resolve({ registers: empty, seq }), silentLogger, 300)
    for (let commit = 0; commit < 30; commit++) {
      seq++
      projector.noteCommitted(room)
      await vi.advanceTimersByTimeAsync(100)
    }
    await projector.flush()
    expect(replace).toHaveBeenCalledTimes(1)
    projector.noteUnloaded(room, new Y.Doc(), seq)
    await projector.flush()
    expect(replace).toHaveBeenCalledTimes(2)
    expect(replace.mock.calls[1]![2]).toBe(30)
  })

  it('reads nothing when nothing changed', async () => {
    const read = vi.fn(() => Promise.resolve({ registers: empty, seq: 0 }))
    const projector = new RegisterProjector(
      new MemoryRegisterStore(
        () => null,
        () => new Map(),
      ),
      read,
      silentLogger,
      300,
    )
    await vi.advanceTimersByTimeAsync(1000)
    await projector.flush()
    expect(read).not.toHaveBeenCalled()
  })
})
