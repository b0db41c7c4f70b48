import { describe, expect, it } from 'vitest'
import { snapshotsToDrop } from './snapshotThinning.js'

const now = new Date('2026-12-07T12:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('snapshotsToDrop', () => {
  it('keeps every snapshot of the last day', () => {
    const snapshots = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, takenAt: ago(i * 40 * MIN) }))
    expect(snapshotsToDrop(snapshots, now)).toEqual([])
  })

  it('keeps the newest of each hour between a day and a week old', () => {
    const base = Math.floor((now.getTime() - 2 * DAY) / HOUR) * HOUR
    const snapshots = [
      { id: 'early', takenAt: new Date(base + 5 * MIN).toISOString() },
      { id: 'late', takenAt: new Date(base + 50 * MIN).toISOString() },
      { id: 'next-hour', takenAt: new Date(base + HOUR + 1 * MIN).toISOString() },
      { id: 'recent', takenAt: ago(MIN) },
    ]
    expect(snapshotsToDrop(snapshots, now)).toEqual(['early'])
  })

  it('keeps one a day for three months and one a week after that', () => {
    const dayBase = Math.floor((now.getTime() - 30 * DAY) / DAY) * DAY
    const weekBase = Math.floor((now.getTime() - 200 * DAY) / (7 * DAY)) * 7 * DAY
    const snapshots = [
      { id: 'recent', takenAt: ago(MIN) },
      { id: 'day-morning', takenAt: new Date(dayBase + 8 * HOUR).toISOString() },
      { id: 'day-evening', takenAt: new Date(dayBase + 20 * HOUR).toISOString() },
      { id: 'week-monday', takenAt: new Date(weekBase + DAY).toISOString() },
      { id: 'week-friday', takenAt: new Date(weekBase + 5 * DAY).toISOString() },
    ]
    expect(snapshotsToDrop(snapshots, now).sort()).toEqual(['day-morning', 'week-monday'])
  })

  it('never drops the newest snapshot, however old', () => {
    const snapshots = [{ id: 'only', takenAt: ago(400 * DAY) }]
    expect(snapshotsToDrop(snapshots, now)).toEqual([])
  })

  it('gives the same answer whatever order the snapshots come in', () => {
    const snapshots = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, takenAt: ago(i * 7 * HOUR) }))
    const forward = snapshotsToDrop(snapshots, now).sort()
    const backward = snapshotsToDrop([...snapshots].reverse(), now).sort()
    expect(backward).toEqual(forward)
    expect(forward.length).toBeGreaterThan(0)
  })
})
