/** Typed blocks people discuss as a whole: they offer "Kommentera" in their header. */
const COMMENTABLE_BLOCKS: ReadonlySet<string> = new Set([
  'agendaItem',
  'informationItem',
  'decision',
  'activity',
  'groupPlan',
  'improvementArea',
  'planSection',
  'routineStep',
])

/** Whether a block of this node type can be commented on as a whole. */
export function isCommentableBlock(type: string): boolean {
  return COMMENTABLE_BLOCKS.has(type)
}
