/** Marks the parts of a block view that are a form, not document text (`data-block-controls`). */
export const BLOCK_CONTROLS = { 'data-block-controls': '' } as const

/**
 * Whether an event happened in a block's form (inputs, labels, buttons) rather than in its text:
 * ProseMirror then leaves it to the browser, so a click on a label focuses its input instead of
 * selecting the block. Drags and drops still go to ProseMirror.
 */
export function isBlockControlEvent(event: Event): boolean {
  if (event.type.startsWith('drag') || event.type === 'drop') return false
  const target = event.target
  return target instanceof Element && target.closest('[data-block-controls]') !== null
}
