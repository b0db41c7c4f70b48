import { useMemo } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import type { DocumentId, DocumentType, JSONContent } from '@samskriv/shared'
import { BlockEditorContext, type BlockEditorContextValue } from '../editor/blocks/BlockEditorContext'
import { editorExtensions } from '../editor/editorExtensions'

/** Props of {@link ReadOnlyBody}. */
export interface ReadOnlyBodyProps {
  /** The body as ProseMirror JSON (an approved version's). */
  body: JSONContent
  documentId: DocumentId
  documentType: DocumentType
  /** The accessible name of the content. */
  label: string
}

/**
 * A body shown read-only with the editor's own extensions and block views, bound to no Yjs
 * document: what an approved version looks like, exactly as in the editor.
 */
export function ReadOnlyBody({ body, documentId, documentType, label }: ReadOnlyBodyProps) {
  const editor = useEditor(
    {
      extensions: editorExtensions(),
      content: body,
      editable: false,
      editorProps: {
        attributes: {
          class: 'editor-content',
          role: 'region',
          'aria-label': label,
          'data-testid': 'version-body',
        },
      },
    },
    [body],
  )
  const context = useMemo<BlockEditorContextValue>(
    () => ({ editable: false, documentId, documentType }),
    [documentId, documentType],
  )
  return (
    <BlockEditorContext.Provider value={context}>
      <div className="editor editor--read-only">
        <EditorContent editor={editor} className="editor__surface" />
      </div>
    </BlockEditorContext.Provider>
  )
}
