import type { Decoration } from '@tiptap/pm/view'
import type { BlockNumberSpec } from '../extensions/BlockNumbering'

/** The number the numbering plugin gave a block (agenda item, routine step), from its decorations. */
export function blockNumberOf(decorations: readonly Decoration[]): number | null {
  for (const decoration of decorations) {
    const spec = decoration.spec as Partial<BlockNumberSpec>
    if (typeof spec.blockNumber === 'number') return spec.blockNumber
  }
  return null
}
