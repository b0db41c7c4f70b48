import { useEffect, useState, type DependencyList } from 'react'

/** A value fetched from the API: loading, loaded, or failed with the error. */
export type ApiResource<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: unknown }

/** Fetches with `load` whenever `deps` change; answers of an earlier fetch are dropped. */
export function useApiResource<T>(load: () => Promise<T>, deps: DependencyList): ApiResource<T> {
  const [resource, setResource] = useState<ApiResource<T>>({ state: 'loading' })
  useEffect(() => {
    let current = true
    setResource({ state: 'loading' })
    load().then(
      (value) => current && setResource({ state: 'loaded', value }),
      (error: unknown) => current && setResource({ state: 'failed', error }),
    )
    return () => {
      current = false
    }
    // The caller's deps decide when to fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return resource
}
