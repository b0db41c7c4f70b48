import * as encoding from 'lib0/encoding'
import type { AwarenessEntry } from './decodeAwarenessUpdate.js'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * An awareness update whose states carry the account's name, whatever the client wrote: a
 * person's caret and place in the presence list always show who they are. Entries without a
 * `user` are left as they are (they show no name); the colour stays the client's.
 */
export function presenceInAccountName(entries: readonly AwarenessEntry[], name: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, state } of entries) {
    const named =
      isRecord(state) && 'user' in state
        ? { ...state, user: { ...(isRecord(state.user) ? state.user : {}), name } }
        : state
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(named))
  }
  return encoding.toUint8Array(encoder)
}
