import { useEffect, useState, type DependencyList } from 'react'
import { liveQuery } from 'dexie'

/** The latest result of a Dexie query, re-run whenever the data it read changes (in any tab). */
export interface LiveQueryResult<T> {
  /** Undefined until the first result. */
  value: T | undefined
  /** The last failure, or null. */
  error: unknown
}

/** Subscribes to `query` as a Dexie live query; `deps` re-create the subscription. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): LiveQueryResult<T> {
  const [result, setResult] = useState<LiveQueryResult<T>>({ value: undefined, error: null })
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: null }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error })),
    })
    return () => subscription.unsubscribe()
    // The caller's deps decide when the query changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return result
}
