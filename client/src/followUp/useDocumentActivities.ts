import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import {
  extractRegisters,
  fragmentToJson,
  getBody,
  parseDocumentId,
  readDocumentMeta,
  type ActivityEntry,
} from '@samskriv/shared'

function activitiesOf(documentId: string, doc: Y.Doc): ActivityEntry[] {
  const id = parseDocumentId(documentId)
  const meta = readDocumentMeta(doc)
  if (id === null || meta === null) return []
  return extractRegisters(id, meta, fragmentToJson(getBody(doc))).activities
}

/** The activities of an open document, read again whenever it changes. */
export function useDocumentActivities(documentId: string, doc: Y.Doc): ActivityEntry[] {
  const [activities, setActivities] = useState(() => activitiesOf(documentId, doc))
  useEffect(() => {
    const read = () => setActivities(activitiesOf(documentId, doc))
    read()
    doc.on('update', read)
    return () => doc.off('update', read)
  }, [documentId, doc])
  return activities
}
