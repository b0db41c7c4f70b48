import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { typedAttrs, type BlockDefinition } from '@samskriv/shared'

/** The attributes of a block definition, as its schema outputs them. */
export type AttrsOf<D extends BlockDefinition> = ReturnType<D['attributes']['parse']>

/**
 * A block node's attributes, typed by its definition, defaults filled in and values that do not
 * validate replaced one by one (a block a newer or faulty client wrote still renders).
 */
export function blockAttrs<D extends BlockDefinition>(definition: D, node: ProseMirrorNode): AttrsOf<D> {
  return typedAttrs(definition, { attrs: node.attrs }) as AttrsOf<D>
}
