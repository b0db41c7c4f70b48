import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { fragmentToJson, getBody, type JSONContent } from '@samskriv/shared'

/** The document's body as JSON, read again (shortly after) every change to the document. */
export function useLiveBody(doc: Y.Doc): JSONContent {
  const [body, setBody] = useState(() => fragmentToJson(getBody(doc)))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const read = () => {
      timer = null
      setBody(fragmentToJson(getBody(doc)))
    }
    const schedule = () => {
      timer ??= setTimeout(read, 100)
    }
    read()
    doc.on('update', schedule)
    return () => {
      doc.off('update', schedule)
      if (timer !== null) clearTimeout(timer)
    }
  }, [doc])
  return body
}
