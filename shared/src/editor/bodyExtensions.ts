import type { AnyExtension } from '@tiptap/core'
import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'

/** Link protocols a body may contain; anything else (javascript:, data:) is not a link. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const

/**
 * The headless extensions that define the body schema: headings, paragraphs, lists, bold, italic,
 * links and tables. The client adds collaboration, carets and views on top; the server uses the
 * same list (through {@link bodySchema}) to read bodies without an editor. Undo/redo is left out:
 * the collaboration extension provides one that undoes only the local user's edits.
 */
export function bodyExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url, ctx) =>
          ctx.defaultValidate(url) && ALLOWED_LINK_PROTOCOLS.some((p) => url.toLowerCase().startsWith(`${p}:`)),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ]
}

/** The ProseMirror schema of a document body. */
export function bodySchema(): Schema {
  return getSchema(bodyExtensions())
}
