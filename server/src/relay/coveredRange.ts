/** A range of clocks of one client: [clock, clock + len). */
export interface ClockRange {
  readonly clock: number
  readonly len: number
}

/** Whether [clock, clock + len) lies inside the union of `ranges` (sorted by clock). */
export function covered(ranges: readonly ClockRange[], clock: number, len: number): boolean {
  let position = clock
  for (const range of ranges) {
    if (range.clock > position) return false
    if (range.clock + range.len >= clock + len) return true
    position = Math.max(position, range.clock + range.len)
  }
  return position >= clock + len
}
