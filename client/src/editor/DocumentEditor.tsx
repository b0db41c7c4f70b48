import { useEffect } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { bodyExtensions, getBody } from '@samskriv/shared'
import { t } from '../i18n/t'
import type { UserProfile } from '../storage/SettingsStore'
import { renderCaret, renderSelection } from './caretRendering'
import { EditorToolbar } from './EditorToolbar'

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  doc: Y.Doc
  provider: WebsocketProvider
  user: UserProfile
  editable: boolean
}

/**
 * The body editor: the shared body extensions bound to the document's `body` fragment, with
 * everyone's carets and an undo history of this user's own edits only.
 */
export function DocumentEditor({ doc, provider, user, editable }: DocumentEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        ...bodyExtensions(),
        Collaboration.configure({ document: doc, fragment: getBody(doc) }),
        CollaborationCaret.configure({
          provider,
          user,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'editor-content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editor.contentLabel'),
          'data-testid': 'editor',
        },
      },
    },
    [doc, provider],
  )

  useEffect(() => {
    editor.commands.updateUser({ name: user.name, color: user.color })
  }, [editor, user.name, user.color])

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  return (
    <div className="editor">
      <EditorToolbar editor={editor} editable={editable} />
      <EditorContent editor={editor} className="editor__surface" />
    </div>
  )
}
