import { useEffect, useState } from 'react'

/** A value fetched from the API: loading, loaded, or failed with the error. */
export type ApiResource<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: unknown }

const LOADING = { state: 'loading' } as const

/**
 * Fetches with `load` whenever `key` (what is fetched, e.g. the document id and version number)
 * changes; an answer counts only for the key it was fetched for.
 */
export function useApiResource<T>(key: string, load: () => Promise<T>): ApiResource<T> {
  const [answer, setAnswer] = useState<{ key: string; resource: ApiResource<T> } | null>(null)
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setAnswer({ key, resource: { state: 'loaded', value } }),
      (error: unknown) => current && setAnswer({ key, resource: { state: 'failed', error } }),
    )
    return () => {
      current = false
    }
    // `load` fetches what `key` names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return answer?.key === key ? answer.resource : LOADING
}
