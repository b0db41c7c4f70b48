import { useEffect, useMemo, useState } from 'react'
import type { DocumentSummary } from '@samskriv/shared'
import type { DocumentListView } from '../api/DocumentsApi'
import { useAppServices } from '../services/useAppServices'
import { mergeDocumentList, type DocumentListRow } from './mergeDocumentList'
import { retryDelayMs } from '../sync/retryDelayMs'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { useOnlineStatus } from '../hooks/useOnlineStatus'

/** Where the server's part of the list stands. */
export type ServerListState = 'loading' | 'loaded' | 'offline' | 'unavailable'

/** The rows of one list view and where they come from. */
export interface DocumentRows {
  /** Null until the device's records are read. */
  rows: DocumentListRow[] | null
  server: ServerListState
  /** Reading the device's records failed. */
  localError: unknown
}

/** The server's answer to one fetch: the list, or null when the server could not be reached. */
interface FetchedList {
  request: string
  list: DocumentSummary[] | null
  /** Failed fetches in a row for this request (0 once one succeeded). */
  failures: number
}

/**
 * Replaces (or drops) one document in a fetched list after the server confirmed a change, unless
 * the list already shows a later state of it.
 */
function patchList(list: DocumentSummary[], summary: DocumentSummary, view: DocumentListView): DocumentSummary[] {
  const listed = list.find((entry) => entry.id === summary.id)
  if (listed !== undefined && Date.parse(listed.updatedAt) > Date.parse(summary.updatedAt)) return list
  const others = list.filter((entry) => entry.id !== summary.id)
  const belongsHere = view === 'trash' ? summary.deletedAt !== null : summary.deletedAt === null
  return belongsHere ? [summary, ...others] : others
}

/**
 * The list for `view`: fetched from the server when online (again when the network returns, and
 * with backoff — and whenever the tab comes back into view — while the server does not answer),
 * merged with the documents stored on this device, which update live from IndexedDB. Changes the
 * server confirms while a fetch is under way are laid over its answer, which may predate them.
 */
export function useDocumentRows(view: DocumentListView): DocumentRows {
  const { db, library } = useAppServices()
  const online = useOnlineStatus()
  const request = `${view}:${String(online)}`
  const [fetched, setFetched] = useState<FetchedList | null>(null)
  const [attempt, setAttempt] = useState(0)
  const local = useLiveQuery(
    async () => ({ records: await db.documents.toArray(), syncStates: await db.syncStates.toArray() }),
    [db],
  )

  useEffect(() => {
    if (!online) return
    let current = true
    const confirmedMeanwhile: DocumentSummary[] = []
    const stopListening = library.onConfirmed((summary) => {
      confirmedMeanwhile.push(summary)
      setFetched((previous) =>
        previous?.list ? { ...previous, list: patchList(previous.list, summary, view) } : previous,
      )
    })
    library.refresh(view).then(
      (list) => {
        if (!current) return
        const patched = confirmedMeanwhile.reduce((next, summary) => patchList(next, summary, view), list)
        setFetched({ request, list: patched, failures: 0 })
      },
      () => {
        if (!current) return
        setFetched((previous) => ({
          request,
          list: null,
          failures: previous?.request === request ? previous.failures + 1 : 1,
        }))
      },
    )
    return () => {
      current = false
      stopListening()
    }
  }, [library, view, online, request, attempt])

  // While the server does not answer, ask again: with backoff, and at once when the user returns.
  const failures = online && fetched?.request === request ? fetched.failures : 0
  useEffect(() => {
    if (failures === 0) return
    const again = (): void => setAttempt((count) => count + 1)
    const againIfVisible = (): void => {
      if (document.visibilityState === 'visible') again()
    }
    const timer = setTimeout(again, retryDelayMs(failures))
    window.addEventListener('focus', again)
    document.addEventListener('visibilitychange', againIfVisible)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('focus', again)
      document.removeEventListener('visibilitychange', againIfVisible)
    }
  }, [failures])

  // A list fetched for another view or before the network changed does not count.
  const serverList = online && fetched?.request === request ? fetched.list : null
  const server: ServerListState = !online
    ? 'offline'
    : fetched?.request !== request
      ? 'loading'
      : fetched.list === null
        ? 'unavailable'
        : 'loaded'

  const rows = useMemo(() => {
    if (local.value === undefined) return null
    return mergeDocumentList({ server: serverList, view, ...local.value })
  }, [local.value, serverList, view])

  return { rows, server, localError: local.error }
}
