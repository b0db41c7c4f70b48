import type { JSONContent } from '@tiptap/core'

/** Builds template nodes; typed blocks' `id` is filled in later from the template's block counter. */
export const build = {
  block: (type: string, attrs: Record<string, unknown>, content?: JSONContent[]): JSONContent => ({
    type,
    attrs,
    ...(content ? { content } : {}),
  }),
  title: (text: string): JSONContent => ({
    type: 'blockTitle',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  }),
  paragraph: (text?: string): JSONContent => ({
    type: 'paragraph',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  }),
  heading: (level: number, text: string): JSONContent => ({
    type: 'heading',
    attrs: { level },
    content: [{ type: 'text', text }],
  }),
  bullets: (...items: string[]): JSONContent => ({
    type: 'bulletList',
    content: items.map((text) => ({ type: 'listItem', content: [build.paragraph(text)] })),
  }),
}
