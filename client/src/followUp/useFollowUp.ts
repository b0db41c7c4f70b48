import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import {
  compareFollowUps,
  FOLLOW_UP_ROUTES,
  followUpStates,
  type DocumentId,
  type FollowUpState,
  type RecordFollowUpRequest,
} from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'
import { useAuth } from '../auth/useAuth'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { readFollowUps, type ShownFollowUp } from './readFollowUps'

/** A plan's follow-up as shown: its log, each activity's state, and how to add to it. */
export interface PlanFollowUp {
  /** Oldest first; null until the device's copy is read. */
  entries: ShownFollowUp[] | null
  /** Each activity's state (refused entries left out). */
  states: ReadonlyMap<string, FollowUpState>
  /** The last failure to fetch the server's log (offline the device's copy is shown). */
  error: unknown
  /** Writes a follow-up (stored on the device at once, sent when the server can be reached). */
  record: (entry: Omit<RecordFollowUpRequest, 'id' | 'writtenAt'>) => Promise<void>
}

/**
 * The follow-up of an approved plan: fetched from the server when online (again whenever a notice
 * says it changed) and kept on the device, so it is shown offline too, with what was written here
 * and not yet sent.
 */
export function useFollowUp(documentId: DocumentId): PlanFollowUp {
  const { db, fetch, followUps } = useAppServices()
  const { mode } = useAuth()
  const fetched = useQuery({
    queryKey: queryKeys.followUp(documentId),
    queryFn: async () => {
      const { entries } = await callRoute(fetch, FOLLOW_UP_ROUTES.list, { params: { id: documentId } })
      await followUps.remember(documentId, entries)
      return entries.length
    },
  })
  const local = useLiveQuery(() => readFollowUps(db, documentId), [db, documentId])
  const entries = useMemo(() => (local.value ? [...local.value].sort(compareFollowUps) : null), [local.value])
  const states = useMemo(() => followUpStates((entries ?? []).filter((e) => e.refusedCode === null)), [entries])
  const authorName = mode.kind === 'signedIn' ? mode.user.name : ''
  return {
    entries,
    states,
    error: fetched.error ?? local.error,
    record: async (entry) => {
      await followUps.write(documentId, entry, authorName)
      if (navigator.onLine) followUps.sendAll().catch(reportError)
    },
  }
}
