import { useCallback, useEffect, useRef, useState } from 'react'
import type { Paging } from '../api/RegistersApi'
import { useOnlineStatus } from '../hooks/useOnlineStatus'

/** Where a register list comes from: the server, or this device (offline, or the server failed). */
export type RegisterSource = 'server' | 'offline' | 'serverUnavailable'

/** One page of a register. */
export interface RegisterPage<R> {
  rows: R[]
  total: number
}

/** How a register is read from the server and from the device. */
export interface RegisterLoaders<R> {
  /** One page from the server's API; rejects when the server cannot answer. */
  server: (paging: Paging) => Promise<RegisterPage<R>>
  /**
   * The whole filtered list computed from the documents on the device (read once per list, paged
   * in memory).
   */
  device: () => Promise<RegisterPage<R>>
}

/** What a register page renders from. */
export interface RegisterList<R> {
  /** Null until the first page has arrived. */
  rows: R[] | null
  /** How many match in all (more than `rows` holds until every page is shown). */
  total: number
  source: RegisterSource | null
  loadingMore: boolean
  /** Reading the device's documents failed (only when the server could not answer either). */
  error: unknown
  /** Appends the next page. */
  loadMore: () => void
  /** Reads the list again from its source, keeping as many rows as are shown. */
  reload: () => void
}

/** How a list is being read: its source and the device's whole list once read. */
interface Reader<R> {
  source: RegisterSource
  page: (paging: Paging) => Promise<RegisterPage<R>>
}

function deviceReader<R>(load: () => Promise<RegisterPage<R>>, source: RegisterSource): Reader<R> {
  let all: Promise<RegisterPage<R>> | null = null
  return {
    source,
    page: async ({ limit, offset }) => {
      all ??= load()
      const { rows, total } = await all
      return { rows: rows.slice(offset, offset + limit), total }
    },
  }
}

/**
 * A register list (decisions, activities) for one set of filters: from the server when online,
 * otherwise — or when the server does not answer — computed from the documents on this device,
 * and says which. `key` identifies the filters: a new key starts the list again.
 */
export function useRegisterList<R>(key: string, loaders: RegisterLoaders<R>, pageSize: number): RegisterList<R> {
  const online = useOnlineStatus()
  const [state, setState] = useState<{
    key: string
    rows: R[] | null
    total: number
    source: RegisterSource | null
    error: unknown
  }>({ key, rows: null, total: 0, source: null, error: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const [generation, setGeneration] = useState(0)
  const reader = useRef<Reader<R> | null>(null)
  const loadersRef = useRef(loaders)
  /** How many rows are shown, and for which filters (a reload keeps as many; new filters start over). */
  const shownRef = useRef({ key, count: 0 })
  useEffect(() => {
    loadersRef.current = loaders
    shownRef.current = { key: state.key, count: state.rows?.length ?? 0 }
  })

  useEffect(() => {
    let current = true
    const shown = shownRef.current
    const limit = shown.key === key ? Math.max(pageSize, shown.count) : pageSize
    const start = async (): Promise<void> => {
      const { server, device } = loadersRef.current
      let next: Reader<R> = { source: 'server', page: server }
      let first: RegisterPage<R>
      if (online) {
        try {
          first = await server({ limit, offset: 0 })
        } catch {
          next = deviceReader(device, 'serverUnavailable')
          first = await next.page({ limit, offset: 0 })
        }
      } else {
        next = deviceReader(device, 'offline')
        first = await next.page({ limit, offset: 0 })
      }
      if (!current) return
      reader.current = next
      setState({ key, rows: first.rows, total: first.total, source: next.source, error: null })
    }
    start().catch((error: unknown) => {
      if (current) setState({ key, rows: [], total: 0, source: online ? 'serverUnavailable' : 'offline', error })
    })
    return () => {
      current = false
    }
  }, [key, online, generation, pageSize])

  const loadMore = useCallback(() => {
    const active = reader.current
    const shown = state.rows
    if (active === null || shown === null) return
    setLoadingMore(true)
    active
      .page({ limit: pageSize, offset: shown.length })
      .then((page) =>
        setState((previous) =>
          previous.key === key && previous.rows !== null
            ? { ...previous, rows: [...previous.rows, ...page.rows], total: page.total }
            : previous,
        ),
      )
      .catch((error: unknown) => setState((previous) => ({ ...previous, error })))
      .finally(() => setLoadingMore(false))
  }, [key, pageSize, state.rows])

  const reload = useCallback(() => setGeneration((n) => n + 1), [])

  // A list read for other filters is not shown while the new one loads.
  const fresh = state.key === key
  return {
    rows: fresh ? state.rows : null,
    total: fresh ? state.total : 0,
    source: fresh ? state.source : null,
    loadingMore,
    error: fresh ? state.error : null,
    loadMore,
    reload,
  }
}
