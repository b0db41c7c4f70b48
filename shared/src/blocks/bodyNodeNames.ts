import { BLOCK_DEFINITIONS } from './index.js'

/**
 * The body's plain nodes (StarterKit's and the table's), by name. The body schema in
 * `@samskriv/shared/editor` is the authority; a test keeps this list equal to it, so code that only
 * needs the names (the client's guard against blocks from a newer version) loads no editor.
 */
const PLAIN_NODE_NAMES = [
  'doc',
  'text',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const

let names: ReadonlySet<string> | null = null

/** Every node name this version's body schema knows (paragraph, agendaItem, …). */
export function bodyNodeNames(): ReadonlySet<string> {
  names ??= new Set([...PLAIN_NODE_NAMES, ...BLOCK_DEFINITIONS.map((d) => d.name)])
  return names
}
