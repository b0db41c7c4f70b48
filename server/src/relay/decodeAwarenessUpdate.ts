import { CloseCode, LIMITS } from '@samskriv/shared'
import * as decoding from 'lib0/decoding'
import { ProtocolError } from './ProtocolError.js'

/** One client's entry in an awareness update; `state` null means the client left. */
export interface AwarenessEntry {
  readonly clientId: number
  readonly clock: number
  readonly state: unknown
}

/**
 * Strictly decodes a y-protocols awareness update: every entry must parse, every state must be
 * JSON no larger than `maxStateBytes`, and nothing may follow the last entry.
 */
export function decodeAwarenessUpdate(
  update: Uint8Array,
  maxStateBytes: number = LIMITS.maxAwarenessStateBytes,
): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const entries: AwarenessEntry[] = []
  try {
    const count = decoding.readVarUint(decoder)
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarString(decoder)
      if (json.length > maxStateBytes) {
        throw new ProtocolError(CloseCode.awarenessTooLarge, `awareness state of ${json.length} bytes`)
      }
      entries.push({ clientId, clock, state: JSON.parse(json) as unknown })
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(CloseCode.malformedMessage, 'awareness update does not decode')
  }
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError(CloseCode.malformedMessage, 'trailing bytes after awareness update')
  }
  return entries
}
