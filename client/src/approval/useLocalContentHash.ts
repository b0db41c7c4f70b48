import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { localContentHash } from './localContentHash'

/** The device copy's content hash, recomputed (shortly after) every change while `enabled`. */
export function useLocalContentHash(doc: Y.Doc, enabled: boolean): string | null {
  const [hash, setHash] = useState<string | null>(null)
  useEffect(() => {
    if (!enabled) return
    let current = true
    let timer: ReturnType<typeof setTimeout> | null = null
    const compute = () => {
      timer = null
      void localContentHash(doc).then((computed) => current && setHash(computed))
    }
    const schedule = () => {
      timer ??= setTimeout(compute, 100)
    }
    compute()
    doc.on('update', schedule)
    return () => {
      current = false
      doc.off('update', schedule)
      if (timer !== null) clearTimeout(timer)
    }
  }, [doc, enabled])
  return enabled ? hash : null
}
