import { useEffect, useMemo } from 'react'
import type { AnyExtension, Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { WebsocketProvider } from 'y-websocket'
import { getBody, type DocumentId, type DocumentType } from '@samskriv/shared'
import { t } from '../i18n/t'
import type { UserProfile } from '../storage/SettingsStore'
import type { DocumentSession } from '../sync/DocumentSession'
import { BlockEditorContext, type BlockEditorContextValue } from './blocks/BlockEditorContext'
import { renderCaret, renderSelection } from './caretRendering'
import { revealBlock } from './check/revealBlock'
import { EditorToolbar } from './EditorToolbar'
import { SlashMenu } from './slash/SlashMenu'
import { editorExtensions } from './editorExtensions'
import { trackFieldPresence } from './fieldPresence'
import { unbindCollaboration } from './unbindCollaboration'

const NO_EXTENSIONS: readonly AnyExtension[] = []

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  /** The open document; its schema guard must have found nothing this version cannot read. */
  session: DocumentSession
  provider: WebsocketProvider
  user: UserProfile
  editable: boolean
  documentId: DocumentId
  documentType: DocumentType
  /** A block to go to once it is in the document (the address's `#<block id>`), or null. */
  targetBlockId: string | null
  /** More extensions (after Collaboration), e.g. comment highlights; keep the array stable. */
  extraExtensions?: readonly AnyExtension[]
  /** Told the editor once it exists (and null when it goes), e.g. for the comments panel. */
  onEditor?: (editor: Editor | null) => void
  /** Offers "Kommentera" on typed blocks; without it, blocks have no comment button. */
  onCommentBlock?: BlockEditorContextValue['onCommentBlock']
}

/**
 * The body editor: the shared body schema with the typed blocks' views bound to the document's
 * `body` fragment, everyone's carets and an undo history of this user's own edits only. If content
 * this version cannot read arrives (a newer writer's block), the editor is unbound from the
 * document inside the very transaction that brought it, before y-prosemirror could delete it.
 */
export function DocumentEditor({
  session,
  provider,
  user,
  editable,
  documentId,
  documentType,
  targetBlockId,
  extraExtensions = NO_EXTENSIONS,
  onEditor,
  onCommentBlock = null,
}: DocumentEditorProps) {
  const { doc } = session
  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions(),
        Collaboration.configure({ document: doc, fragment: getBody(doc) }),
        CollaborationCaret.configure({
          provider,
          user,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        ...extraExtensions,
      ],
      editable,
      enableContentCheck: true,
      onBeforeCreate: ({ editor: created }) => {
        // Before the editor binds to the document, so the guard's listener is in place first.
        const stop = session.onSchemaConflict(() => unbindCollaboration(created))
        created.on('destroy', stop)
      },
      onContentError: ({ disableCollaboration }) => {
        disableCollaboration()
        session.reportContentError()
      },
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
    [doc, provider, extraExtensions],
  )

  useEffect(() => {
    onEditor?.(editor)
    return () => onEditor?.(null)
  }, [editor, onEditor])

  useEffect(() => {
    editor.commands.updateUser({ name: user.name, color: user.color })
  }, [editor, user.name, user.color])

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  useRevealOnArrival(editor, targetBlockId)

  useEffect(
    () => trackFieldPresence(editor, provider.awareness, (names) => t('field.editingBy', { names })),
    [editor, provider],
  )

  const context = useMemo<BlockEditorContextValue>(
    () => ({ editable, documentId, documentType, onCommentBlock }),
    [editable, documentId, documentType, onCommentBlock],
  )

  return (
    <BlockEditorContext.Provider value={context}>
      <div className="editor">
        <EditorToolbar editor={editor} editable={editable} documentType={documentType} />
        <EditorContent editor={editor} className="editor__surface" />
        <SlashMenu editor={editor} documentType={documentType} />
      </div>
    </BlockEditorContext.Provider>
  )
}

/** Goes to the block named in the address once it is in the document (it may still be loading). */
function useRevealOnArrival(editor: Editor, blockId: string | null): void {
  useEffect(() => {
    if (blockId === null || blockId === '') return
    let done = false
    let scheduled: ReturnType<typeof setTimeout> | null = null
    const attempt = (): void => {
      scheduled = null
      if (done || editor.isDestroyed || !editor.view.dom.isConnected) return
      if (revealBlock(editor, { blockId })) {
        done = true
        editor.off('transaction', schedule)
      }
    }
    // Outside the transaction being dispatched: revealing dispatches one of its own.
    const schedule = (): void => {
      scheduled ??= setTimeout(attempt, 0)
    }
    editor.on('transaction', schedule)
    schedule()
    return () => {
      done = true
      editor.off('transaction', schedule)
      if (scheduled !== null) clearTimeout(scheduled)
    }
  }, [editor, blockId])
}
