import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BlockTarget } from './BlockTarget'

/** The position of the block a target names (the first match in document order), or null. */
export function findBlockPosition(doc: ProseMirrorNode, target: BlockTarget): number | null {
  let found: number | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    const matches =
      'blockId' in target ? target.blockId !== '' && node.attrs.id === target.blockId : node.type.name === target.type
    if (matches) {
      found = pos
      return false
    }
    return !node.isTextblock
  })
  return found
}
