import type { JSONContent } from '@samskriv/shared'
import * as Y from 'yjs'
import { documentContentNow, hashContent } from '../approval/normalisedContent.js'

/** What a snapshot's listing and the "unchanged" check need of a document's state. */
export interface SnapshotSummary {
  /** SHA-256 of the canonical content (title, type, normalised body). */
  readonly hash: string
  /** Characters of text in the body. */
  readonly characters: number
}

/** Reads a state's summary; the server does it in a worker thread, tests in process. */
export type SummarizeSnapshot = (state: Uint8Array) => Promise<SnapshotSummary>

/** Characters of text in a body. */
export function textLength(node: JSONContent): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0)
}

/** The summary of a document's state, read in a document of its own; throws when it holds no document. */
export function summarize(state: Uint8Array): SnapshotSummary {
  const doc = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(doc, state)
    const content = documentContentNow(doc)
    return { hash: hashContent(content), characters: textLength(content.body) }
  } finally {
    doc.destroy()
  }
}
