import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** Where the highlighted block is, or null. */
interface HighlightState {
  /** The block's position at the time it was highlighted, mapped through later changes. */
  pos: number | null
  decorations: DecorationSet
}

/** The plugin key; dispatch `tr.setMeta(blockHighlightKey, pos | null)` to move the highlight. */
export const blockHighlightKey = new PluginKey<HighlightState>('blockHighlight')

/** The class the highlighted block's element gets. */
export const HIGHLIGHT_CLASS = 'block--highlighted'

/**
 * Marks one block as the one the user arrived at (from the decision register, the check list):
 * its element gets {@link HIGHLIGHT_CLASS} until the highlight is moved or cleared.
 */
export const BlockHighlight = Extension.create({
  name: 'blockHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: blockHighlightKey,
        state: {
          init: () => ({ pos: null, decorations: DecorationSet.empty }),
          apply: (tr, previous) => {
            const meta: unknown = tr.getMeta(blockHighlightKey)
            let pos = previous.pos
            if (typeof meta === 'number' || meta === null) pos = meta
            else if (pos !== null && tr.docChanged) {
              const mapped = tr.mapping.mapResult(pos, 1)
              pos = mapped.deleted ? null : mapped.pos
            } else return previous
            const node = pos === null ? null : tr.doc.nodeAt(pos)
            if (pos === null || node === null) return { pos: null, decorations: DecorationSet.empty }
            return {
              pos,
              decorations: DecorationSet.create(tr.doc, [
                Decoration.node(pos, pos + node.nodeSize, { class: HIGHLIGHT_CLASS }),
              ]),
            }
          },
        },
        props: { decorations: (state) => blockHighlightKey.getState(state)?.decorations },
      }),
    ]
  },
})
