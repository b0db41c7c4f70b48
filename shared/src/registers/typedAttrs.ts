import type { JSONContent } from '@tiptap/core'
import type { z } from 'zod'
import type { BlockDefinition } from '../blocks/defineBlock.js'

/**
 * A block's attributes with defaults filled in. Attributes that do not validate fall back to their
 * defaults one by one, so a register still lists a block a newer client wrote oddly.
 */
export function typedAttrs<S extends z.ZodObject>(definition: BlockDefinition<S>, node: JSONContent): z.output<S> {
  const attrs = node.attrs ?? {}
  const whole = definition.attributes.safeParse(attrs)
  if (whole.success) return whole.data
  const defaults = definition.attributes.parse({}) as Record<string, unknown>
  const shape = definition.attributes.shape as Record<string, z.ZodType>
  const repaired: Record<string, unknown> = { ...defaults }
  for (const [key, schema] of Object.entries(shape)) {
    const one = schema.safeParse(attrs[key])
    if (one.success) repaired[key] = one.data
  }
  return repaired as z.output<S>
}

/** The text of a block's title (its first child, a blockTitle), or ''. */
export function titleOf(node: JSONContent): string {
  const first = node.content?.[0]
  if (first?.type !== 'blockTitle') return ''
  return (first.content ?? [])
    .map((t) => t.text ?? '')
    .join('')
    .trim()
}

/** A block's children after its title. */
export function bodyOf(node: JSONContent): JSONContent[] {
  const content = node.content ?? []
  return content[0]?.type === 'blockTitle' ? content.slice(1) : content
}
