import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { PLAN_SECTION_KINDS, type PlanSectionKind } from '@samskriv/shared'
import { insertBlockAt } from '../blocks/insertBlockAt'
import { buildBlock, type NewBlockKind } from './buildBlock'
import { findInsertPosition, type InsertPosition } from './findInsertPosition'

/** Blocks that only live inside a container, and the container (holding one) to insert instead. */
const WRAPPED: Partial<Record<NewBlockKind, NewBlockKind>> = {
  attendee: 'attendanceMembers',
  responsibilityRow: 'responsibilityMatrix',
  ongoingWorkArea: 'ongoingWork',
}

/** The plan sections each container usually has, in order; a new section takes the first one missing. */
const SECTION_ORDER: Readonly<Record<string, readonly PlanSectionKind[]>> = {
  groupPlan: [
    'vision',
    'targetGroup',
    'strategicDirections',
    'improvementAreas',
    'responsible',
    'implementation',
    'followUp',
  ],
  improvementArea: ['purpose', 'goals', 'timeFrame', 'implementation', 'background'],
}

function nextSectionKind(position: InsertPosition): PlanSectionKind {
  const present = new Set<unknown>()
  position.parent.forEach((child) => {
    if (child.type.name === 'planSection') present.add(child.attrs.kind)
  })
  const order = SECTION_ORDER[position.parent.type.name] ?? PLAN_SECTION_KINDS
  return order.find((kind) => !present.has(kind)) ?? 'background'
}

/** Where a new block of this kind would go (wrapped in its container if need be), or null. */
function plan(state: EditorState, kind: NewBlockKind): { kind: NewBlockKind; position: InsertPosition } | null {
  const type = state.schema.nodes[buildBlock(kind).type ?? '']
  if (type === undefined) return null
  const position = findInsertPosition(state, type)
  if (position !== null) return { kind, position }
  const wrapper = WRAPPED[kind]
  return wrapper === undefined ? null : plan(state, wrapper)
}

/** Whether a block of this kind can be inserted at the selection. */
export function canInsertBlock(state: EditorState, kind: NewBlockKind): boolean {
  return plan(state, kind) !== null
}

/**
 * Inserts a new block (fresh ids, an empty paragraph where text goes) where the selection allows —
 * a decision inside the current agenda item, an activity in the current improvement area — and
 * moves the cursor into it. Returns false when it fits nowhere.
 */
export function insertBlock(editor: Editor, kind: NewBlockKind): boolean {
  const planned = plan(editor.state, kind)
  if (planned === null) return false
  const block = buildBlock(planned.kind, nextSectionKind(planned.position))
  return insertBlockAt(editor, planned.position.pos, block)
}
