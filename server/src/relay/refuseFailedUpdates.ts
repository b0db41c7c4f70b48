import { CloseCode } from '@samskriv/shared'
import type { QueueItem } from './RoomQueue.js'
import type { UpdateChecker } from './UpdateChecker.js'

/**
 * Checks every client update of a commit run within the relay's time and memory budget (see
 * {@link UpdateChecker}) before any reaches the document. A connection whose update fails is
 * closed (4400) and marked refused, so none of its later updates is applied: they may build on the
 * bad one.
 */
export async function refuseFailedUpdates(checker: UpdateChecker, run: readonly QueueItem[]): Promise<void> {
  const problems = await Promise.all(
    run.map((item) =>
      item.kind === 'message' && item.message.type === 'update' && !item.connection.refused
        ? checker.check(item.message.update)
        : Promise.resolve(null),
    ),
  )
  run.forEach((item, index) => {
    const problem = problems[index]
    if (item.kind !== 'message' || !problem || item.connection.refused) return
    item.connection.refused = true
    item.connection.close(CloseCode.malformedMessage, problem)
  })
}
