import * as Y from 'yjs'
import { fromBase64, toBase64 } from 'lib0/buffer'
import type { EditorState } from '@tiptap/pm/state'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorMapping,
} from '@tiptap/y-tiptap'
import type { Anchor } from '@samskriv/shared'

/** A text anchor (see `anchorSchema`). */
export type TextAnchor = Extract<Anchor, { kind: 'text' }>

/** What maps between editor positions and the Yjs body: y-prosemirror's binding of the editor. */
export interface BodyBinding {
  readonly doc: Y.Doc
  readonly type: Y.XmlFragment
  /** Y type → ProseMirror node, kept by the binding (sizes of the nodes between positions). */
  readonly mapping: ProsemirrorMapping
}

interface SyncPluginState {
  doc?: Y.Doc
  type?: Y.XmlFragment
  binding?: { mapping: ProsemirrorMapping } | null
}

/** The editor's Yjs binding, or null while the collaboration plugin has none (unbound, not ready). */
export function bodyBindingOf(state: EditorState): BodyBinding | null {
  const ystate = ySyncPluginKey.getState(state) as SyncPluginState | undefined
  if (!ystate?.doc || !ystate.type || !ystate.binding) return null
  return { doc: ystate.doc, type: ystate.type, mapping: ystate.binding.mapping }
}

const encode = (position: Y.RelativePosition): string => toBase64(Y.encodeRelativePosition(position))

function decode(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded))
  } catch {
    return null
  }
}

/**
 * The relative position of an editor position, tied to the character after it (`assoc` 0: the
 * start of a range) or before it (-1: the end). Text typed just outside the range stays outside it,
 * and deleting the whole range leaves both ends on deleted characters, where they meet.
 */
function relativePosition(binding: BodyBinding, pos: number, assoc: 0 | -1): Y.RelativePosition {
  const relative = absolutePositionToRelativePosition(pos, binding.type, binding.mapping)
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc)
  if (absolute === null || !(absolute.type instanceof Y.XmlText)) return relative
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc)
}

/** A text anchor for the editor range `from`–`to`, quoting the text as it is now. */
export function createTextAnchor(binding: BodyBinding, from: number, to: number, quote: string): TextAnchor {
  return {
    kind: 'text',
    start: encode(relativePosition(binding, from, 0)),
    end: encode(relativePosition(binding, to, -1)),
    quote: quote.slice(0, 2000),
  }
}

/** The anchor's range in the editor now, or null when its text is gone (or not there yet). */
export function resolveTextAnchor(binding: BodyBinding, anchor: TextAnchor): { from: number; to: number } | null {
  const start = decode(anchor.start)
  const end = decode(anchor.end)
  if (start === null || end === null || isTextAnchorDetached(binding.doc, anchor)) return null
  const from = relativePositionToAbsolutePosition(binding.doc, binding.type, start, binding.mapping)
  const to = relativePositionToAbsolutePosition(binding.doc, binding.type, end, binding.mapping)
  if (from === null || to === null || from >= to) return null
  return { from, to }
}

function isDeleted(type: Y.AbstractType<unknown>): boolean {
  let item = type._item
  while (item !== null) {
    if (item.deleted) return true
    item = (item.parent as Y.AbstractType<unknown>)._item
  }
  return false
}

/**
 * Whether the anchored text is gone, judged on the Yjs document alone (no editor needed): an end
 * that cannot be found or lies in a deleted paragraph, or both ends met (everything between them
 * was deleted).
 */
export function isTextAnchorDetached(doc: Y.Doc, anchor: TextAnchor): boolean {
  const start = decode(anchor.start)
  const end = decode(anchor.end)
  if (start === null || end === null) return true
  const from = Y.createAbsolutePositionFromRelativePosition(start, doc)
  const to = Y.createAbsolutePositionFromRelativePosition(end, doc)
  if (from === null || to === null) return true
  if (isDeleted(from.type) || isDeleted(to.type)) return true
  return from.type === to.type && from.index >= to.index
}
