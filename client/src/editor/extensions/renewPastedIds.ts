import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { createBlockId } from '@samskriv/shared'
import { blockHasId } from './blockHasId'

function renew(fragment: Fragment, keep: Set<string>): Fragment {
  const children: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    if (node.isText) {
      children.push(node)
      return
    }
    const content = renew(node.content, keep)
    const id: unknown = node.attrs.id
    if (blockHasId(node.type.name) && !(typeof id === 'string' && keep.delete(id))) {
      children.push(node.type.create({ ...node.attrs, id: createBlockId() }, content, node.marks))
    } else {
      children.push(node.copy(content))
    }
  })
  return Fragment.fromArray(children)
}

/**
 * Pasted typed blocks with new ids: a copy (from this document or another protocol) is a new
 * decision or activity, not the original whose links point at its id. Ids in `keep` (blocks cut
 * from this editor, so being moved) are kept once each and removed from the set.
 */
export function renewPastedIds(slice: Slice, keep: Set<string>): Slice {
  return new Slice(renew(slice.content, keep), slice.openStart, slice.openEnd)
}
