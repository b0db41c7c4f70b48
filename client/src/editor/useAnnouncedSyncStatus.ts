import { useEffect, useState } from 'react'
import type { SyncStatus, SyncStatusKind } from '../sync/deriveSyncStatus'

/** How long syncing must last before "Synkar…" is shown and announced. */
export const SYNCING_NOTICE_DELAY_MS = 1_500

/** Kinds that are on their way to another one; every keystroke passes through `syncing`. */
const IN_PROGRESS: ReadonlySet<SyncStatusKind> = new Set<SyncStatusKind>(['syncing', 'connecting'])

/**
 * The status to put into words (and so into the live region): a status in progress ("Synkar…",
 * "Ansluter…") only once it has lasted `delayMs` — until then the last settled one stays — so a
 * screen reader is not told "Synkar…", "Synkat" on every keystroke. Every other status ("Synkat",
 * "Sparat på enheten, ej synkat", "Offline", errors) is shown at once, and so is the first status
 * when there is nothing settled to keep.
 */
export function useAnnouncedSyncStatus(status: SyncStatus, delayMs = SYNCING_NOTICE_DELAY_MS): SyncStatus {
  const inProgress = IN_PROGRESS.has(status.kind)
  const [settled, setSettled] = useState<SyncStatus | null>(inProgress ? null : status)
  // Each stretch in progress is an episode; it is shown once its own timer has run out.
  const [episode, setEpisode] = useState({ number: 0, inProgress })
  const [elapsedEpisode, setElapsedEpisode] = useState(-1)
  if (!inProgress && settled !== status) setSettled(status)
  if (inProgress !== episode.inProgress) {
    setEpisode({ number: inProgress ? episode.number + 1 : episode.number, inProgress })
  }

  useEffect(() => {
    if (!inProgress) return
    const timer = setTimeout(() => setElapsedEpisode(episode.number), delayMs)
    return () => clearTimeout(timer)
  }, [inProgress, episode.number, delayMs])

  if (!inProgress || settled === null || elapsedEpisode === episode.number) return status
  return settled
}
