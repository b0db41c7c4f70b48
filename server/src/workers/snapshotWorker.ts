import { parentPort } from 'node:worker_threads'
import { summarize } from '../history/snapshotSummary.js'
import { lowerThreadPriority } from './lowerThreadPriority.js'
import type { SnapshotSummaryRequest, SnapshotSummaryResponse } from './snapshotProtocol.js'

/**
 * The snapshot worker: reads a draft's state (its content hash and size) for the history, off the
 * main thread, so a large document's snapshot never holds up the relay.
 */
lowerThreadPriority()
const port = parentPort!
const answer = (message: SnapshotSummaryResponse) => port.postMessage(message)
port.on('message', ({ id, state }: SnapshotSummaryRequest) => {
  try {
    answer({ id, summary: summarize(state), problem: null })
  } catch (error) {
    answer({ id, summary: null, problem: String(error) })
  }
})
answer({ ready: true })
