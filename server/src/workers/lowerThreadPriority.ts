import fs from 'node:fs'
import os from 'node:os'

/**
 * Gives the calling worker thread a lower scheduling priority than the server's main thread
 * (nice 10), so that on a machine with few cores heavy background work (checking a large update,
 * rendering a PDF) waits for the main thread rather than the other way round. Linux names a
 * thread by `/proc/thread-self`; elsewhere the thread keeps its priority.
 */
export function lowerThreadPriority(): void {
  try {
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(threadId) && threadId > 0) os.setPriority(threadId, 10)
  } catch {
    // Not Linux, or not allowed: the work still runs, at the default priority.
  }
}
