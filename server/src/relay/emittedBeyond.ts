import * as Y from 'yjs'
import { covered, type ClockRange } from './coveredRange.js'

const byClock = (a: ClockRange, b: ClockRange) => a.clock - b.clock

/**
 * Whether `emitted` (an update a document emitted while applying `input`) holds anything that is not
 * in `input`. Applying a client's update can make the document change more than the client sent:
 * Yjs removes redundant formatting markers after remote formatting changes, and integrates pending
 * updates of other clients that `input` completed. The sender of `input` lacks those changes, so
 * the relay must send such an update back to it too, not only to everyone else.
 */
export function emittedBeyond(emitted: Uint8Array, input: Uint8Array): boolean {
  if (Buffer.compare(emitted, input) === 0) return false
  const out = Y.decodeUpdate(emitted)
  const sent = Y.decodeUpdate(input)
  const inserted = new Map<number, ClockRange[]>()
  for (const struct of sent.structs) {
    if (struct instanceof Y.Skip) continue
    const ranges = inserted.get(struct.id.client) ?? []
    ranges.push({ clock: struct.id.clock, len: struct.length })
    inserted.set(struct.id.client, ranges)
  }
  for (const ranges of inserted.values()) ranges.sort(byClock)
  for (const struct of out.structs) {
    if (struct instanceof Y.Skip) continue
    if (!covered(inserted.get(struct.id.client) ?? [], struct.id.clock, struct.length)) return true
  }
  const deleted = sent.ds.clients as Map<number, ClockRange[]>
  for (const ranges of deleted.values()) ranges.sort(byClock)
  for (const [client, ranges] of out.ds.clients as Map<number, ClockRange[]>) {
    for (const range of ranges) {
      if (range.len > 0 && !covered(deleted.get(client) ?? [], range.clock, range.len)) return true
    }
  }
  return false
}
