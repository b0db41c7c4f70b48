import { CloseCode } from '@samskriv/shared'
import type * as Y from 'yjs'
import type { CheckResult } from './UpdateChecker.js'
import { pendingBytes, willWait } from './pendingUpdates.js'
import type { UpdateActor, UpdateRules, Verdict } from './UpdateRules.js'

/** A room's limits on what it holds, as the judge needs them. */
export interface RoomLimits {
  /** Bytes of updates waiting for missing changes the room may hold. */
  readonly maxPendingBytes: number
  /** Bytes the room's document may take in storage (null: no limit). */
  readonly maxStoredBytes: number | null
}

/**
 * Decides whether a checked update may be applied to a room's document: the bytes it would leave
 * waiting for changes the relay never received, the room's stored size (comments), then the room's
 * rules. Costs in proportion to the update, never to the document.
 */
export function judgeUpdate(input: {
  readonly doc: Y.Doc
  readonly update: Uint8Array
  readonly check: CheckResult
  readonly actor: UpdateActor
  readonly rules: UpdateRules
  readonly limits: RoomLimits
  /** Bytes stored so far, with those of this commit's earlier updates. */
  readonly storedBytes: number
}): Verdict {
  const { doc, update, check, limits } = input
  const waits = check.needs !== null && willWait(doc, check.needs)
  if (waits && pendingBytes(doc) + update.byteLength > limits.maxPendingBytes) {
    return {
      ok: false,
      closeCode: CloseCode.pendingTooLarge,
      problem: `more than ${limits.maxPendingBytes} bytes would wait for changes the relay does not have`,
    }
  }
  if (limits.maxStoredBytes !== null && input.storedBytes + update.byteLength > limits.maxStoredBytes) {
    return {
      ok: false,
      closeCode: CloseCode.annotationsTooLarge,
      problem: `the comments would take more than ${limits.maxStoredBytes} bytes`,
    }
  }
  try {
    return input.rules.judge({
      doc,
      update,
      described: check.described,
      references: check.references,
      waits,
      actor: input.actor,
    })
  } catch {
    return { ok: false, problem: 'update could not be checked' }
  }
}
