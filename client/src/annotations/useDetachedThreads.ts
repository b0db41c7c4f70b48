import { useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { Thread } from './buildThreads'
import { hasBlock } from './blockAnchor'
import { isTextAnchorDetached } from './textAnchor'

/** Whether a thread's anchor is gone from the content document. */
export function isThreadDetached(content: Y.Doc, thread: Thread): boolean {
  const { anchor } = thread
  if (anchor === null) return false
  return anchor.kind === 'text' ? isTextAnchorDetached(content, anchor) : !hasBlock(content, anchor.blockId)
}

/** The ids of the threads whose text or block is gone, kept current as the content changes. */
export function useDetachedThreads(content: Y.Doc, threads: readonly Thread[]): ReadonlySet<string> {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let frame: number | null = null
    const onUpdate = (): void => {
      frame ??= requestAnimationFrame(() => {
        frame = null
        setVersion((v) => v + 1)
      })
    }
    content.on('update', onUpdate)
    return () => {
      content.off('update', onUpdate)
      if (frame !== null) cancelAnimationFrame(frame)
    }
  }, [content])
  return useMemo(
    () => new Set(threads.filter((thread) => isThreadDetached(content, thread)).map((thread) => thread.id)),
    // `version` changes with the content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [content, threads, version],
  )
}
