import { useMemo, useSyncExternalStore } from 'react'
import { fragmentToJson, getBody, type JSONContent } from '@samskriv/shared'
import { normalizeBody } from '@samskriv/shared/editor'
import type * as Y from 'yjs'

/** How long the live body waits after a change before it is read again (others may be typing). */
const SETTLE_MS = 250

const nothing = {
  subscribe: () => () => {},
  get: (): JSONContent | null => null,
}

/** A document's body as an external store: read once, and again shortly after each change. */
function liveBodyStore(doc: Y.Doc) {
  let body: JSONContent | null = null
  const read = () => (body = normalizeBody(fragmentToJson(getBody(doc))))
  return {
    subscribe: (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null
      const onUpdate = () => {
        if (timer !== null) clearTimeout(timer)
        timer = setTimeout(() => {
          read()
          notify()
        }, SETTLE_MS)
      }
      doc.on('update', onUpdate)
      return () => {
        doc.off('update', onUpdate)
        if (timer !== null) clearTimeout(timer)
      }
    },
    get: (): JSONContent | null => body ?? read(),
  }
}

/** The document's current body (schema-normalised JSON), read again shortly after each change. */
export function useLiveBody(doc: Y.Doc | null): JSONContent | null {
  const store = useMemo(() => (doc === null ? nothing : liveBodyStore(doc)), [doc])
  return useSyncExternalStore(store.subscribe, store.get)
}
