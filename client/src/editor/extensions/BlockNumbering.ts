import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { agendaItem, agendaNumbers, routineStep } from '@samskriv/shared'

/** The attribute (on the block's element) and decoration spec key holding a block's number. */
export const BLOCK_NUMBER_ATTRIBUTE = 'data-block-number'

/** What a numbering decoration's spec holds. */
export interface BlockNumberSpec {
  blockNumber: number
}

/**
 * Numbers the document's top-level agenda items (from the meeting header's first number, fixed
 * numbers respected, the shared `agendaNumbers` rule) and routine steps (by position, starting
 * again after each heading).
 */
export function numberBlocks(doc: ProseMirrorNode): DecorationSet {
  const top: ProseMirrorNode[] = []
  doc.forEach((node) => top.push(node))
  // agendaNumbers reads only the top level's types and attributes: no need to serialise text.
  const light = top.map((node) => ({ type: node.type.name, attrs: node.attrs }))
  const agenda = agendaNumbers({ type: 'doc', content: light })
  const decorations: Decoration[] = []
  let step = 0
  doc.forEach((node, offset, index) => {
    let number: number | undefined
    if (node.type.name === agendaItem.name) {
      const entry = light[index]
      number = entry === undefined ? undefined : agenda.get(entry)
    } else if (node.type.name === routineStep.name) {
      step += 1
      number = step
    } else if (node.type.name === 'heading') {
      step = 0
    }
    if (number === undefined) return
    decorations.push(
      Decoration.node(offset, offset + node.nodeSize, { [BLOCK_NUMBER_ATTRIBUTE]: String(number) }, {
        blockNumber: number,
      } satisfies BlockNumberSpec),
    )
  })
  return DecorationSet.create(doc, decorations)
}

const key = new PluginKey<DecorationSet>('blockNumbering')

/**
 * Agenda item and routine step numbers as node decorations: a block's node view re-renders when its
 * number changes, even though the block itself did not (an item was inserted above it).
 */
export const BlockNumbering = Extension.create({
  name: 'blockNumbering',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => numberBlocks(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numberBlocks(tr.doc) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
