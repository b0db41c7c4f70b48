import { Node, type Attributes } from '@tiptap/core'
import type { z } from 'zod'

/** What every typed block definition holds: its node, attribute schema and version. */
export interface BlockDefinition<S extends z.ZodObject = z.ZodObject> {
  /** The node name, as stored in the Yjs document; never renamed. */
  readonly name: string
  /** The version of this block's attributes; bump with a migration when they change. */
  readonly version: number
  /** Validates and fills defaults of this block's attributes. */
  readonly attributes: S
  /** The headless Tiptap node (the client adds its view with `.extend`). */
  readonly node: Node
}

/** The result of validating a block's attributes. */
export type BlockValidation = { ok: true } | { ok: false; problems: string[] }

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

/** Checks a block's attributes against its schema and lists what is wrong. */
export function validateAttributes(definition: BlockDefinition, attrs: unknown): BlockValidation {
  const result = definition.attributes.safeParse(attrs)
  if (result.success) return { ok: true }
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || 'attrs'}: ${i.message}`) }
}

/** The options {@link defineBlock} takes. */
export interface BlockOptions<S extends z.ZodObject> {
  readonly name: string
  readonly version: number
  readonly attributes: S
  /**
   * ProseMirror content expression; omit for a leaf (atom) block. Use `*`, not `+`, for children
   * peers may delete: two offline deletions of different children can empty a block, and the
   * merged document must still be valid.
   */
  readonly content?: string
  /** ProseMirror group; `typedBlock` (allowed at the top of a document) unless it only lives inside another. */
  readonly group?: string
  /** Whether the node can be dragged as a whole. */
  readonly draggable?: boolean
  /** Marks allowed in the content ('' for none). */
  readonly marks?: string
}

/** Defines a typed block: a headless Tiptap node whose attributes a zod schema describes. */
export function defineBlock<S extends z.ZodObject>(options: BlockOptions<S>): BlockDefinition<S> {
  const { name, attributes, content, group, draggable, marks } = options
  const tag = `samskriv-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
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
  return { name, version: options.version, attributes, node }
}
