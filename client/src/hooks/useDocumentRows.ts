import { useEffect, useMemo, useState } from 'react'
import type { DocumentSummary } from '@samskriv/shared'
import type { DocumentListView } from '../api/DocumentsApi'
import { useAppServices } from '../app/useAppServices'
import { mergeDocumentList, type DocumentListRow } from '../documents/mergeDocumentList'
import { useLiveQuery } from './useLiveQuery'
import { useOnlineStatus } from './useOnlineStatus'

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
}

/** Replaces (or drops) one document in a fetched list after the server confirmed a change. */
function patchList(list: DocumentSummary[], summary: DocumentSummary, view: DocumentListView): DocumentSummary[] {
  const others = list.filter((entry) => entry.id !== summary.id)
  const belongsHere = view === 'trash' ? summary.deletedAt !== null : summary.deletedAt === null
  return belongsHere ? [summary, ...others] : others
}

/**
 * The list for `view`: fetched from the server when online (and again when the network returns),
 * merged with the documents stored on this device, which update live from IndexedDB.
 */
export function useDocumentRows(view: DocumentListView): DocumentRows {
  const { db, library } = useAppServices()
  const online = useOnlineStatus()
  const request = `${view}:${String(online)}`
  const [fetched, setFetched] = useState<FetchedList | null>(null)
  const local = useLiveQuery(
    async () => ({ records: await db.documents.toArray(), syncStates: await db.syncStates.toArray() }),
    [db],
  )

  useEffect(() => {
    if (!online) return
    let current = true
    library.refresh(view).then(
      (list) => current && setFetched({ request, list }),
      () => current && setFetched({ request, list: null }),
    )
    const stopListening = library.onConfirmed((summary) => {
      setFetched((previous) =>
        previous?.list ? { request: previous.request, list: patchList(previous.list, summary, view) } : previous,
      )
    })
    return () => {
      current = false
      stopListening()
    }
  }, [library, view, online, request])

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
