import type { AnyExtension } from '@tiptap/core'
import { getSchema } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Link from '@tiptap/extension-link'
import type { Schema } from '@tiptap/pm/model'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { BLOCK_DEFINITIONS } from '../blocks/index.js'
import { ALLOWED_LINK_PROTOCOLS } from './linkProtocols.js'
import { blockNode } from './blockNode.js'

/**
 * Links end where their text ends: text typed right after a link is not part of it (Tiptap makes
 * links inclusive when it autolinks, so everything typed after one went into it).
 */
const BodyLink = Link.extend({ inclusive: () => false })

/** The document node: ordinary blocks and typed blocks (agenda items, decisions, activities…). */
const BodyDocument = Document.extend({ content: '(block | typedBlock)+' })

/**
 * The headless extensions that define the body schema: headings, paragraphs, lists, bold, italic,
 * links, tables and the typed blocks. The client adds collaboration, carets and views on top (it
 * replaces typed blocks by their `.extend`ed versions with node views); the server uses the same
 * list (through {@link bodySchema}) to read bodies without an editor. Undo/redo is left out: the
 * collaboration extension provides one that undoes only the local user's edits.
 */
export function bodyExtensions(): AnyExtension[] {
  return [
    BodyDocument,
    StarterKit.configure({
      document: false,
      undoRedo: false,
      // It appends a paragraph in reaction to other writers' changes too, outside Yjs, so the
      // editor and the document disagree and two devices can each add one.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: false,
    }),
    BodyLink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url, ctx) =>
        ctx.defaultValidate(url) && ALLOWED_LINK_PROTOCOLS.some((p) => url.toLowerCase().startsWith(`${p}:`)),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
    TableKit.configure({ table: { resizable: false } }),
    ...BLOCK_DEFINITIONS.map(blockNode),
  ]
}

/** The ProseMirror schema of a document body. */
export function bodySchema(): Schema {
  return getSchema(bodyExtensions())
}
