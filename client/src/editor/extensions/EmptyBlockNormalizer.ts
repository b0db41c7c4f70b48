import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { blockDefinition } from '@samskriv/shared'
import { isLocalDocChange } from './isLocalDocChange'

/**
 * The transaction that gives every typed block whose text became empty (nothing but its title, or
 * nothing at all) an empty paragraph to write in, or null when none did.
 */
export function fillEmptyTextBlocks(state: EditorState): Transaction | null {
  const paragraph = state.schema.nodes.paragraph
  if (paragraph === undefined) return null
  const ends: number[] = []
  state.doc.descendants((node, pos) => {
    if (node.isTextblock) return false
    if (node.isAtom || blockDefinition(node.type.name) === undefined) return true
    const titled = node.firstChild?.type.name === 'blockTitle'
    const textChildren = node.childCount - (titled ? 1 : 0)
    if (textChildren === 0 && node.contentMatchAt(node.childCount).matchType(paragraph) !== null) {
      ends.push(pos + node.nodeSize - 1)
    }
    return true
  })
  if (ends.length === 0) return null
  const tr = state.tr
  // From the end, so earlier positions stay valid.
  for (const end of ends.reverse()) tr.insert(end, paragraph.create())
  return tr
}

/**
 * Gives a text container (an activity, a decision, a plan section…) that became empty an empty
 * paragraph again, so there is always somewhere to write: two offline deletions of different
 * paragraphs can leave one empty after merging. Runs after local changes only, so devices do not
 * all write the same paragraph at once.
 */
export const EmptyBlockNormalizer = Extension.create({
  name: 'emptyBlockNormalizer',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('emptyBlockNormalizer'),
        appendTransaction: (transactions, _oldState, newState) =>
          isLocalDocChange(transactions) ? fillEmptyTextBlocks(newState) : null,
      }),
    ]
  },
})
