import type { EditorState } from '@tiptap/pm/state'

/** A "/" typed at the cursor and what follows it: the command being looked for. */
export interface SlashQuery {
  /** Position of the "/". */
  readonly from: number
  /** The cursor (end of the query). */
  readonly to: number
  /** What was typed after the "/". */
  readonly query: string
}

/** "/" at the start of a paragraph or after a space, then up to 30 letters, digits or spaces. */
const SLASH = /(?:^|\s)\/([\p{L}\p{N}][\p{L}\p{N} ]{0,29}|)$/u

/**
 * The "/" command being typed at an empty-selection cursor in a paragraph, or null. Only in plain
 * paragraphs: a title or a table cell is not where blocks go.
 */
export function slashQueryAt(state: EditorState): SlashQuery | null {
  const { selection } = state
  if (!selection.empty) return null
  const { $from } = selection
  if ($from.parent.type.name !== 'paragraph') return null
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
  const match = SLASH.exec(before)
  if (match === null) return null
  const query = match[1] ?? ''
  const from = $from.pos - query.length - 1
  return { from, to: $from.pos, query }
}
