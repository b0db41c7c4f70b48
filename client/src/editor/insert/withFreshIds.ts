import type { JSONContent } from '@tiptap/core'
import { createBlockId } from '@samskriv/shared'
import { blockHasId } from '../extensions/blockHasId'

/** A copy of block content in which every typed block that carries an id gets a new one. */
export function withFreshIds(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node }
  if (node.type !== undefined && blockHasId(node.type)) copy.attrs = { ...node.attrs, id: createBlockId() }
  if (node.content !== undefined) copy.content = node.content.map(withFreshIds)
  return copy
}
