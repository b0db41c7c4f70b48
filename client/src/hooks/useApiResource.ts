import { useCallback, useEffect, useState, type DependencyList } from 'react'

/** A value loaded from the API: `undefined` while loading, the last failure, and a reload. */
export interface ApiResource<T> {
  value: T | undefined
  error: unknown
  reload: () => void
  /** Replaces the value with one the API answered otherwise (e.g. after a change). */
  set: (value: T) => void
}

/** Loads `load()` when mounted and whenever `deps` change; a late answer for old deps is dropped. */
export function useApiResource<T>(load: () => Promise<T>, deps: DependencyList): ApiResource<T> {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: null })
  const [round, setRound] = useState(0)
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setState({ value, error: null }),
      (error: unknown) => current && setState((previous) => ({ value: previous.value, error })),
    )
    return () => {
      current = false
    }
    // The caller's deps decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round])
  const reload = useCallback(() => setRound((value) => value + 1), [])
  const set = useCallback((value: T) => setState({ value, error: null }), [])
  return { ...state, reload, set }
}
