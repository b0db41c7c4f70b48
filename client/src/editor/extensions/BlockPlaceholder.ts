import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { blockDefinition, blockTitle } from '@samskriv/shared'

/** What an empty piece of a block is for. */
export type PlaceholderSlot = 'title' | 'text'

/** Options of {@link BlockPlaceholder}. */
export interface BlockPlaceholderOptions {
  /**
   * The hint in an empty title or an empty text of a block of this type ("Beslutets rubrik",
   * "Beskriv aktiviteten"), or null for none.
   */
  placeholder: (blockType: string, slot: PlaceholderSlot) => string | null
}

function decorate(doc: ProseMirrorNode, placeholder: BlockPlaceholderOptions['placeholder']): DecorationSet {
  const decorations: Decoration[] = []
  const add = (node: ProseMirrorNode, pos: number, text: string | null) => {
    if (text === null) return
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': text }))
  }
  doc.descendants((node, pos, parent) => {
    if (!node.isTextblock) return true
    if (node.content.size > 0 || parent === null || blockDefinition(parent.type.name) === undefined) return false
    if (node.type.name === blockTitle.name) {
      add(node, pos, placeholder(parent.type.name, 'title'))
    } else if (node.type.name === 'paragraph') {
      // Only a block's one and only paragraph: further empty lines are the writer's own spacing.
      const titled = parent.firstChild?.type.name === blockTitle.name
      if (parent.childCount - (titled ? 1 : 0) === 1) add(node, pos, placeholder(parent.type.name, 'text'))
    }
    return false
  })
  return DecorationSet.create(doc, decorations)
}

const key = new PluginKey<DecorationSet>('blockPlaceholder')

/**
 * Shows what an empty block title or an empty block text is for ("Beslutets rubrik", "Beslutstext:
 * … beslutar att …") while the document can be edited, so a writer sees where to click and write.
 */
export const BlockPlaceholder = Extension.create<BlockPlaceholderOptions>({
  name: 'blockPlaceholder',

  addOptions() {
    return { placeholder: () => null }
  },

  addProseMirrorPlugins() {
    const { placeholder } = this.options
    const { editor } = this
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc, placeholder),
          apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc, placeholder) : previous),
        },
        props: { decorations: (state) => (editor.isEditable ? key.getState(state) : DecorationSet.empty) },
      }),
    ]
  },
})
