import { parentPort, workerData } from 'node:worker_threads'
import { inspectUpdate } from './inspectUpdate.js'
import { lowerThreadPriority } from './lowerThreadPriority.js'
import type { CheckRequest, CheckResponse } from './updateCheckProtocol.js'

/** The relay's update-checking worker: answers each request with {@link inspectUpdate}'s result for each of its updates. */
// The worker of large updates yields the processor to the main thread and the one of keystrokes.
if ((workerData as { background?: boolean } | null)?.background) lowerThreadPriority()
const port = parentPort!
const answer = (message: CheckResponse) => port.postMessage(message)
port.on('message', ({ id, items }: CheckRequest) => {
  answer({ id, results: items.map(({ update, ...options }) => inspectUpdate(update, options)) })
})
answer({ ready: true })
