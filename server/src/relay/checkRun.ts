import { CloseCode } from '@samskriv/shared'
import type { CheckOptions } from '../workers/updateCheckProtocol.js'
import type { CheckResult, UpdateChecker } from './UpdateChecker.js'
import type { ContentItem } from './RoomQueue.js'

/** An update the relay refused for someone on the server's side (a proposal being applied). */
export class UpdateRefusedError extends Error {
  constructor(
    readonly problem: string,
    /** Refused because the document is locked (frozen or approved), not because of the update. */
    readonly locked = false,
  ) {
    super(problem)
    this.name = 'UpdateRefusedError'
  }
}

/** The update an item of a commit run carries for checking, if it needs a check. */
function updateOf(item: ContentItem): Uint8Array | null {
  if (item.kind === 'apply') return item.update
  if (item.kind !== 'message' || item.message.type !== 'update') return null
  // Nothing of a refused connection is applied (or answered).
  return item.connection.refused ? null : item.message.update
}

/**
 * Checks every update of a commit run within the relay's time and memory budget (see
 * {@link UpdateChecker}) before any reaches the document; `describe` and `references` ask for
 * what the room's rules judge. A connection whose update fails is closed (4400) and marked refused, so none
 * of its later updates is applied: they may build on the bad one. A failing server-side update is
 * rejected. Answers the checks of the updates that passed.
 */
export async function checkRun(
  checker: UpdateChecker,
  run: readonly ContentItem[],
  options: CheckOptions & { source: string },
): Promise<Map<ContentItem, CheckResult>> {
  const results = await Promise.all(
    run.map((item) => {
      const update = updateOf(item)
      return update ? checker.check(update, options) : Promise.resolve(null)
    }),
  )
  const passed = new Map<ContentItem, CheckResult>()
  run.forEach((item, index) => {
    const result = results[index]
    if (!result) return
    if (result.problem === null) passed.set(item, result)
    else if (item.kind === 'apply') item.reject(new UpdateRefusedError(result.problem))
    else if (item.kind === 'message' && !item.connection.refused) {
      item.connection.refused = true
      item.connection.close(CloseCode.malformedMessage, result.problem)
    }
  })
  return passed
}
