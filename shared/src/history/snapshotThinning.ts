/** The age bands of a draft's history and how many snapshots each keeps. */
const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/**
 * How the history of a draft is thinned, newest first: every snapshot of the last day; one per
 * hour for the last week; one per day for the last 90 days; one per week before that. In each
 * bucket the newest snapshot is kept (the state the text had when that stretch of work ended).
 */
export const SNAPSHOT_THINNING = [
  { olderThanMs: 0, bucketMs: 0 },
  { olderThanMs: DAY_MS, bucketMs: HOUR_MS },
  { olderThanMs: 7 * DAY_MS, bucketMs: DAY_MS },
  { olderThanMs: 90 * DAY_MS, bucketMs: 7 * DAY_MS },
] as const

/** What thinning needs to know of a snapshot. */
export interface ThinnedSnapshot {
  readonly id: string
  /** ISO 8601. */
  readonly takenAt: string
}

/**
 * The ids of the snapshots thinning drops at `now`. Buckets are fixed in time (multiples of their
 * length since the epoch), so a snapshot kept once stays kept as it ages within a band, and the
 * newest snapshot is never dropped. Pure: the same snapshots and time give the same answer.
 */
export function snapshotsToDrop(snapshots: readonly ThinnedSnapshot[], now: Date): string[] {
  const nowMs = now.getTime()
  const newestFirst = [...snapshots].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))
  const seen = new Set<string>()
  const drop: string[] = []
  newestFirst.forEach((snapshot, index) => {
    const taken = Date.parse(snapshot.takenAt)
    const band = bandOf(nowMs - taken)
    if (index === 0 || band.bucketMs === 0) return
    const bucket = `${band.bucketMs}:${Math.floor(taken / band.bucketMs)}`
    if (seen.has(bucket)) drop.push(snapshot.id)
    else seen.add(bucket)
  })
  return drop
}

function bandOf(ageMs: number): { bucketMs: number } {
  let band: { bucketMs: number } = SNAPSHOT_THINNING[0]
  for (const candidate of SNAPSHOT_THINNING) if (ageMs >= candidate.olderThanMs) band = candidate
  return band
}
