import { Node, type Attributes } from '@tiptap/core'
import type { z } from 'zod'
import type { BlockDefinition } from '../blocks/defineBlock.js'

/** The HTML attribute a block's attribute is kept in (JSON), for copy and paste between editors. */
const htmlAttribute = (name: string) => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/**
 * Tiptap attribute specs from a zod object: defaults from the schema, each value serialised as
 * JSON in a `data-*` attribute. No ProseMirror `validate` on purpose: a value that fails it makes
 * y-prosemirror delete the whole node, so validation is a separate, reporting step.
 */
export function tiptapAttributes(schema: z.ZodObject): Attributes {
  const defaults = schema.parse({})
  const specs: Attributes = {}
  for (const [name, value] of Object.entries(defaults)) {
    const key = htmlAttribute(name)
    specs[name] = {
      default: value,
      parseHTML: (element) => {
        const raw = element.getAttribute(key)
        if (raw === null) return value
        try {
          return JSON.parse(raw) as unknown
        } catch {
          return value
        }
      },
      renderHTML: (attributes) => ({ [key]: JSON.stringify(attributes[name]) }),
    }
  }
  return specs
}

const nodes = new WeakMap<BlockDefinition, Node>()

/**
 * The headless Tiptap node of a typed block (the client adds its view with `.extend`), made once
 * per definition.
 */
export function blockNode(definition: BlockDefinition): Node {
  const made = nodes.get(definition)
  if (made) return made
  const { name, attributes, content, group, draggable, marks, tag } = definition
  const node = Node.create({
    name,
    group: group ?? 'typedBlock',
    ...(content === undefined ? { atom: true } : { content }),
    defining: true,
    isolating: content !== undefined,
    draggable: draggable ?? false,
    ...(marks === undefined ? {} : { marks }),
    addAttributes: () => tiptapAttributes(attributes),
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => (content === undefined ? [tag, HTMLAttributes] : [tag, HTMLAttributes, 0]),
  })
  nodes.set(definition, node)
  return node
}
