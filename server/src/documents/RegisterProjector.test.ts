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

  it('reads a changed document after the commits pause, and at most a second behind during steady typing', async () => {
    const store = new MemoryRegisterStore(
      () => null,
      () => new Map(),
    )
    let seq = 0
    const readAt: number[] = []
    const read = vi.fn(() => {
      readAt.push(seq)
      return Promise.resolve({ registers: empty, seq })
    })
    const projector = new RegisterProjector(store, read, silentLogger, 300, 1000)
    // Steady typing: a commit every 50 ms for 3 seconds (60 commits).
    for (let commit = 0; commit < 60; commit++) {
      seq++
      projector.noteCommitted(room)
      await vi.advanceTimersByTimeAsync(50)
    }
    // Once a second, not once per commit: after the 20th, 40th and 60th commit.
    expect(readAt).toEqual([20, 40, 60])
    await vi.advanceTimersByTimeAsync(300)
    expect(read).toHaveBeenCalledTimes(3)
    expect(await store.staleDocuments()).toEqual([])
  })

  it('writes unchanged registers once, and records the latest update when the document leaves memory', async () => {
    const store = new MemoryRegisterStore(
      () => null,
      () => new Map(),
    )
    const replace = vi.spyOn(store, 'replaceDocument')
    let seq = 0
    const projector = new RegisterProjector(store, () => Promise.resolve({ registers: empty, seq }), silentLogger, 300)
    // Three spells of typing with pauses between them: three projections, the same registers.
    for (let commit = 0; commit < 30; commit++) {
      seq++
      projector.noteCommitted(room)
      await vi.advanceTimersByTimeAsync(commit % 10 === 9 ? 400 : 100)
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
