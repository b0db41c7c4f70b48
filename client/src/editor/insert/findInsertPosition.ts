import type { Node as ProseMirrorNode, NodeType } from '@tiptap/pm/model'
import { NodeSelection, type EditorState } from '@tiptap/pm/state'

/** Where a new block goes: its future parent, the index among that parent's children, the position. */
export interface InsertPosition {
  parent: ProseMirrorNode
  index: number
  pos: number
}

/**
 * Container types a block belongs in, nearest first. When the selection is in none of them, the
 * block goes to the end of one elsewhere (in the same group plan, else in the document) rather
 * than at the top level: an activity belongs in an improvement area, an attendee in a list.
 */
const CONTAINERS: Readonly<Record<string, { types: readonly string[]; pick: 'first' | 'last' }>> = {
  activity: { types: ['improvementArea', 'ongoingWorkArea'], pick: 'last' },
  attendee: { types: ['attendanceList'], pick: 'first' },
  responsibilityRow: { types: ['responsibilityMatrix'], pick: 'last' },
  ongoingWorkArea: { types: ['ongoingWork'], pick: 'last' },
}

/** Candidate places around the selection, innermost first: after the block the selection is in. */
function aroundSelection(state: EditorState): InsertPosition[] {
  const { selection } = state
  const { $from } = selection
  const candidates: InsertPosition[] = []
  let depth = $from.depth - 1
  if (selection instanceof NodeSelection) {
    const { node } = selection
    if (!node.isLeaf) candidates.push({ parent: node, index: node.childCount, pos: selection.to - 1 })
    candidates.push({ parent: $from.parent, index: $from.index() + 1, pos: selection.to })
    depth = $from.depth - 1
  }
  for (; depth >= 0; depth -= 1) {
    candidates.push({ parent: $from.node(depth), index: $from.indexAfter(depth), pos: $from.after(depth + 1) })
  }
  return candidates
}

/** The end of a container of one of these types: in the nearest group plan around the selection, else anywhere. */
function containerElsewhere(
  state: EditorState,
  types: readonly string[],
  pick: 'first' | 'last',
): InsertPosition | null {
  const { $from } = state.selection
  let scope: { node: ProseMirrorNode; start: number } = { node: state.doc, start: 0 }
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name === 'groupPlan') {
      scope = { node: $from.node(depth), start: $from.start(depth) }
      break
    }
  }
  let found: InsertPosition | null = null
  scope.node.descendants((node, offset) => {
    if (found !== null && pick === 'first') return false
    if (!types.includes(node.type.name)) return !node.isTextblock
    found = { parent: node, index: node.childCount, pos: scope.start + offset + node.nodeSize - 1 }
    return true
  })
  return found
}

/**
 * Where a block of `type` can be inserted given the selection: after the block the selection is in,
 * at the innermost level whose content allows it (a decision inside the current agenda item, an
 * agenda item after the current one), or, for blocks that belong in a container, at the end of
 * one. Null when it fits nowhere (the caller may wrap it in its container and try again).
 */
export function findInsertPosition(state: EditorState, type: NodeType): InsertPosition | null {
  const fits = (candidate: InsertPosition) => candidate.parent.canReplaceWith(candidate.index, candidate.index, type)
  const candidates = aroundSelection(state)
  const container = CONTAINERS[type.name]
  if (container !== undefined) {
    const inside = candidates.find((c) => container.types.includes(c.parent.type.name) && fits(c))
    if (inside !== undefined) return inside
    const elsewhere = containerElsewhere(state, container.types, container.pick)
    if (elsewhere !== null && fits(elsewhere)) return elsewhere
  }
  return candidates.find(fits) ?? null
}
