import type { z } from 'zod'

/**
 * What every typed block definition holds: its name, attribute schema, version and place in the
 * document structure. Plain data, so reading documents (registers, search, exports) needs no
 * editor library; the Tiptap node is made from it by `blockNode` in `@samskriv/shared/editor`.
 */
export interface BlockDefinition<S extends z.ZodObject = z.ZodObject> extends BlockOptions<S> {
  /** The custom element the block is copied and pasted as (`samskriv-…`). */
  readonly tag: string
}

/** The result of validating a block's attributes. */
export type BlockValidation = { ok: true } | { ok: false; problems: string[] }

/** Checks a block's attributes against its schema and lists what is wrong. */
export function validateAttributes(definition: BlockDefinition, attrs: unknown): BlockValidation {
  const result = definition.attributes.safeParse(attrs)
  if (result.success) return { ok: true }
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || 'attrs'}: ${i.message}`) }
}

/** The options {@link defineBlock} takes. */
export interface BlockOptions<S extends z.ZodObject> {
  /** The node name, as stored in the Yjs document; never renamed. */
  readonly name: string
  /** The version of this block's attributes; bump with a migration when they change. */
  readonly version: number
  /** Validates and fills defaults of this block's attributes. */
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

/** Defines a typed block: its attributes described by a zod schema, its content by ProseMirror's expression language. */
export function defineBlock<S extends z.ZodObject>(options: BlockOptions<S>): BlockDefinition<S> {
  return { ...options, tag: `samskriv-${options.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` }
}
