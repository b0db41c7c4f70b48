import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { silentLogger } from '../Logger.js'
import { UpdateChecker } from './UpdateChecker.js'

const checkers: UpdateChecker[] = []
afterEach(async () => {
  for (const c of checkers.splice(0)) await c.close()
})
const checker = (budgetMs: number, options: ConstructorParameters<typeof UpdateChecker>[2] = {}) => {
  const c = new UpdateChecker(budgetMs, silentLogger, options)
  checkers.push(c)
  return { check: async (update: Uint8Array) => (await c.check(update)).problem, checker: c }
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * A worker that hangs, as Yjs has on malformed updates, on an update that starts with 0xff, and
 * tells in each result how many updates came in the same message.
 */
const HANGING_WORKER = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, items }) => {
  const results = items.map(({ update }) => {
    if (update[0] === 0xff) for (;;) {}
    return { problem: null, needs: null, described: null, references: null, preview: String(items.length) }
  })
  parentPort.postMessage({ id, results })
})
parentPort.postMessage({ ready: true })
`

describe('UpdateChecker', () => {
  it('passes valid updates, also ones whose dependencies are missing', async () => {
    const c = checker(5000)
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'först ')
    const sv = Y.encodeStateVector(doc)
    doc.getText('t').insert(6, 'sedan')
    expect(await c.check(textUpdate('hej'))).toBeNull()
    expect(await c.check(Y.encodeStateAsUpdate(doc, sv))).toBeNull()
  })

  it('refuses updates that do not decode, are empty or reach beyond what Yjs produces', async () => {
    const c = checker(5000)
    expect(await c.check(new Uint8Array([9, 9, 9]))).toBe('update does not decode')
    expect(await c.check(new Uint8Array())).toBe('update does not decode')
    // One struct of client 2^40 (beyond Yjs's 32-bit client ids): a GC range of 5 at clock 0.
    const huge = new Uint8Array([1, 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0, 0, 5, 0])
    expect(await c.check(huge)).toBe('update out of range')
    expect(await c.check(textUpdate('still works'))).toBeNull()
  })

  it('refuses an update that outlasts its budget, then goes on checking with a fresh worker', async () => {
    const c = checker(1000, { workerSource: HANGING_WORKER })
    const hang = new Uint8Array([0xff, 1, 2])
    const answers = await Promise.all([
      c.check(textUpdate('före')),
      c.check(hang),
      c.check(textUpdate('efter')),
      c.check(textUpdate('sist')),
    ])
    expect(answers).toEqual([null, 'update took longer than 1000 ms to check', null, null])
  })

  it('checks the small updates asked for together in one message to the worker, large ones alone', async () => {
    const c = checker(5000, { workerSource: HANGING_WORKER })
    const small = await Promise.all(
      Array.from({ length: 5 }, (_, i) => c.checker.check(textUpdate(`ord ${i}`), { source: 'room' })),
    )
    expect(small.map((r) => r.preview)).toEqual(['5', '5', '5', '5', '5'])
    const large = await Promise.all([
      c.checker.check(textUpdate('x'.repeat(70_000)), { source: 'room' }),
      c.checker.check(textUpdate('y'.repeat(70_000)), { source: 'room' }),
    ])
    expect(large.map((r) => r.preview)).toEqual(['1', '1'])
  })

  it('checks a burst of more updates than one batch holds', async () => {
    const c = checker(5000)
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => c.checker.check(textUpdate(`k${i};`), { source: 'room' })),
    )
    expect(answers.map((r) => r.problem)).toEqual(Array.from({ length: 300 }, () => null))
  })

  it('refuses only the update that hangs a batch; the others in it pass when checked again alone', async () => {
    const c = checker(1000, { workerSource: HANGING_WORKER })
    const hang = new Uint8Array([0xff, 1, 2])
    const answers = await Promise.all([
      c.checker.check(textUpdate('a'), { source: 'one' }),
      c.checker.check(hang, { source: 'two' }),
      c.checker.check(textUpdate('b'), { source: 'one' }),
      c.checker.check(textUpdate('c'), { source: 'three' }),
    ])
    expect(answers.map((r) => r.problem)).toEqual([null, 'update took longer than 1000 ms to check', null, null])
    // Afterwards the fresh worker batches again.
    const after = await Promise.all([c.checker.check(textUpdate('d')), c.checker.check(textUpdate('e'))])
    expect(after.map((r) => [r.problem, r.preview])).toEqual([
      [null, '2'],
      [null, '2'],
    ])
  })

  it('refuses what waits when the worker cannot even start, instead of restarting it forever', async () => {
    const c = checker(5000, { workerSource: `throw new Error('cannot start')` })
    const answers = await Promise.all([c.check(textUpdate('a')), c.check(textUpdate('b'))])
    expect(answers).toEqual(['update too large to check', 'update too large to check'])
  })

  it('refuses an update that exhausts the worker’s memory, and recovers', async () => {
    const c = checker(30_000, { maxHeapMb: 8 })
    const answers = await Promise.all([c.check(textUpdate('å'.repeat(6_000_000))), c.check(textUpdate('efter'))])
    expect(answers).toEqual(['update too large to check', null])
  })
})
