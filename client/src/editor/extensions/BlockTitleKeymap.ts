import { Extension } from '@tiptap/core'
import { blockTitle } from '@samskriv/shared'

/**
 * Enter at the end of a block title goes on to the block's text: into the empty paragraph that
 * follows the title (a new decision's, a new activity's), or into a new paragraph right under the
 * title when something else follows it (an agenda item whose first child is a decision), always
 * inside the same block. Elsewhere Enter does what it always does.
 */
export const BlockTitleKeymap = Extension.create({
  name: 'blockTitleKeymap',
  // Before the default keymap's Enter (split the block).
  priority: 200,

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection, doc } = editor.state
        const { $from } = selection
        if (!selection.empty || $from.parent.type.name !== blockTitle.name) return false
        if ($from.parentOffset !== $from.parent.content.size) return false
        const after = $from.after()
        const next = doc.nodeAt(after)
        if (next?.type.name === 'paragraph' && next.content.size === 0)
          return editor.commands.setTextSelection(after + 1)
        const paragraph = editor.schema.nodes.paragraph
        const block = $from.node(-1)
        const index = $from.index(-1) + 1
        if (!paragraph || !block.canReplaceWith(index, index, paragraph)) return false
        return editor
          .chain()
          .insertContentAt(after, { type: 'paragraph' })
          .setTextSelection(after + 1)
          .scrollIntoView()
          .run()
      },
    }
  },
})
