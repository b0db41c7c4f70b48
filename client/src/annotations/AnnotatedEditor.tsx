import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useSearch } from 'wouter'
import type { Editor } from '@tiptap/core'
import type { Anchor } from '@samskriv/shared'
import { DocumentEditor, type DocumentEditorProps } from '../editor/DocumentEditor'
import { t } from '../i18n/t'
import { buildThreads, type Thread } from './buildThreads'
import { replyToThread, setThreadResolved, startThread, withdrawComment } from './commentActions'
import {
  COMMENT_ACTIVATE_EVENT,
  CommentHighlights,
  commentHighlightsKey,
  type CommentHighlightsInput,
} from './CommentHighlights'
import { CommentsPanel } from './CommentsPanel'
import { anchorForBlock, anchorForSelection, revealAnchor } from './editorTargets'
import { useAnnotationSession } from './useAnnotationSession'
import { useCommentAuthor } from './useCommentAuthor'
import { useDetachedThreads } from './useDetachedThreads'
import { useMentionable } from './useMentionable'

/** Props of {@link AnnotatedEditor}: the editor's, and what the person may do with comments. */
export interface AnnotatedEditorProps extends DocumentEditorProps {
  /** The content is approved (comments stay open). */
  locked: boolean
  /** False for a reader: comments are shown, not written (the relay would refuse them). */
  mayComment: boolean
  /**
   * The reading view to show instead of the editor, or null for the editor. Commenting on a
   * selection and "show in text" then ask for the editor (the form) through `onOpenForm`.
   */
  reading?: ReactNode
  onOpenForm?: () => void
}

const EXTENSIONS = [CommentHighlights]

const NARROW_QUERY = '(max-width: 60rem)'

/** Focuses a thread in the panel once it is rendered. */
function focusThread(id: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(`thread-${id}`)
    element?.focus({ preventScroll: true })
    element?.scrollIntoView({ block: 'nearest' })
  })
}

/**
 * The document editor with its comments: highlights of what open threads are about, "Kommentera"
 * on the selection and on blocks, and the comments panel. Comments are their own document, so
 * they work on a locked (approved) document and offline.
 */
export function AnnotatedEditor({
  locked,
  mayComment,
  reading = null,
  onOpenForm,
  ...editorProps
}: AnnotatedEditorProps) {
  const { documentId, session: content } = editorProps
  const { session, snapshot } = useAnnotationSession(documentId)
  const signedAuthor = useCommentAuthor()
  const author = mayComment ? signedAuthor : null
  const [editor, setEditor] = useState<Editor | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [draft, setDraft] = useState<Anchor | null>(null)
  const [open, setOpen] = useState(false)
  const [hint, setHint] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  /** A thread to show in the text once the form (the editor) has replaced the reading view. */
  const revealOnForm = useRef<Thread | null>(null)
  const comments = snapshot?.comments
  const threads = useMemo(() => buildThreads(comments ?? []), [comments])
  const detached = useDetachedThreads(content.doc, threads)
  const mentionable = useMentionable(documentId, mayComment)
  const linkedComment = new URLSearchParams(useSearch()).get('kommentar')
  /** The linked comment whose thread was opened, and that thread. */
  const [openedLink, setOpenedLink] = useState<{ comment: string; thread: string } | null>(null)

  // A link to a comment (`?kommentar=<id>`, from a to-do or an e-mail) opens its thread once it is here.
  if (linkedComment !== null && openedLink?.comment !== linkedComment) {
    const thread = threads.find((th) => th.id === linkedComment || th.replies.some((r) => r.id === linkedComment))
    if (thread) {
      setOpenedLink({ comment: linkedComment, thread: thread.id })
      setActiveId(thread.id)
      setOpen(true)
    }
  }
  const openedThread = openedLink?.thread ?? null
  useEffect(() => {
    if (openedThread !== null) focusThread(openedThread)
  }, [openedThread])

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return
    const element = editor.view.dom
    const onActivate = (event: Event): void => {
      if (!(event instanceof CustomEvent) || typeof event.detail !== 'string') return
      const id = event.detail
      setActiveId(id)
      setOpen(true)
      focusThread(id)
    }
    element.addEventListener(COMMENT_ACTIVATE_EVENT, onActivate)
    return () => element.removeEventListener(COMMENT_ACTIVATE_EVENT, onActivate)
  }, [editor])

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return
    const input: CommentHighlightsInput = {
      threads: threads.flatMap((thread) =>
        thread.resolved || thread.anchor === null ? [] : [{ id: thread.id, anchor: thread.anchor }],
      ),
      activeId,
    }
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, input).setMeta('addToHistory', false))
  }, [editor, threads, activeId])

  const beginDraft = (anchor: Anchor): void => {
    setDraft(anchor)
    setHint(null)
    setOpen(true)
  }

  useEffect(() => {
    const anchor = revealOnForm.current?.anchor ?? null
    if (editor === null || editor.isDestroyed || anchor === null) return
    revealOnForm.current = null
    requestAnimationFrame(() => revealAnchor(editor, anchor))
  }, [editor])

  const commentOnSelection = (): void => {
    if (reading !== null) {
      // Text is selected in the form: the editor knows where it is in the document.
      setHint(t('reading.formHint'))
      setOpen(true)
      onOpenForm?.()
      return
    }
    const anchor = editor === null ? null : anchorForSelection(editor)
    if (anchor === null) {
      setHint(t('comments.selectFirst'))
      setOpen(true)
      return
    }
    beginDraft(anchor)
  }

  const onCommentBlock = useCallback(
    ({ blockId, label }: { blockId: string; label: string }) => {
      const anchor = editor === null ? null : anchorForBlock(editor, blockId, label)
      if (anchor !== null) beginDraft(anchor)
    },
    [editor],
  )

  const showInText = (thread: Thread): void => {
    if (reading !== null) {
      setActiveId(thread.id)
      if (window.matchMedia(NARROW_QUERY).matches) setOpen(false)
      revealOnForm.current = thread
      onOpenForm?.()
      return
    }
    if (editor === null || thread.anchor === null) return
    setActiveId(thread.id)
    // On a narrow screen the sheet would cover the text.
    if (window.matchMedia(NARROW_QUERY).matches) setOpen(false)
    revealAnchor(editor, thread.anchor)
  }

  const canWrite = session !== null && snapshot?.phase === 'ready' && author

  return (
    <div className="annotated-editor">
      <div className="annotated-editor__document">
        {reading ?? (
          <DocumentEditor
            {...editorProps}
            extraExtensions={EXTENSIONS}
            onEditor={setEditor}
            onCommentBlock={author ? onCommentBlock : null}
          />
        )}
      </div>
      <CommentsPanel
        snapshot={snapshot}
        threads={threads}
        detached={detached}
        activeId={activeId}
        author={author}
        readOnly={!mayComment}
        locked={locked}
        draft={draft}
        open={open}
        onToggle={() => setOpen((value) => !value)}
        onCommentSelection={commentOnSelection}
        hint={hint}
        announcement={announcement}
        mentionable={mentionable}
        onSaveDraft={(body) => {
          if (!canWrite || draft === null) return
          const id = startThread(session.doc, author, body, draft)
          setDraft(null)
          setActiveId(id)
          setAnnouncement(t('comments.saved'))
          focusThread(id)
        }}
        onCancelDraft={() => setDraft(null)}
        onShowInText={showInText}
        onReply={(thread, body) => {
          if (!canWrite) return
          replyToThread(session.doc, author, thread.id, body)
          setAnnouncement(t('comments.replySaved'))
          focusThread(thread.id)
        }}
        onResolve={(thread, resolved) => {
          if (!canWrite) return
          setThreadResolved(session.doc, author, thread.id, resolved)
          focusThread(thread.id)
        }}
        onWithdraw={(thread, commentId) => {
          if (!canWrite) return
          withdrawComment(session.doc, commentId)
          setAnnouncement(t('comments.withdrawnNow'))
          focusThread(thread.id)
        }}
      />
    </div>
  )
}
