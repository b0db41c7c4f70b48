import { useId, type CSSProperties, type ReactNode } from 'react'
import type { Anchor } from '@samskriv/shared'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import type { SyncStatus } from '../sync/deriveSyncStatus'
import type { AnnotationSnapshot } from './AnnotationSession'
import type { Thread } from './buildThreads'
import type { CommentAuthor } from './commentActions'
import { CommentForm } from './CommentForm'
import { commentRefusalMessage } from './commentRefusalMessage'
import { CommentThread } from './CommentThread'
import { useKeyboardInset } from './useKeyboardInset'
import type { MentionablePerson } from './useMentionable'
import '../styles/annotations.css'

/** Props of {@link CommentsPanel}. */
export interface CommentsPanelProps {
  snapshot: AnnotationSnapshot | null
  threads: readonly Thread[]
  detached: ReadonlySet<string>
  activeId: string | null
  /** Who comments; null without a name, undefined while loading. */
  author: CommentAuthor | null | undefined
  locked: boolean
  /** This person may read the comments but not write (a reader). */
  readOnly: boolean
  /** The new comment being written, on this anchor, or null. */
  draft: Anchor | null
  /** Narrow screens: the bottom sheet is open. */
  open: boolean
  onToggle: () => void
  onCommentSelection: () => void
  /** Why "Kommentera markeringen" did nothing (nothing selected), or null. */
  hint: string | null
  onSaveDraft: (body: string) => void
  onCancelDraft: () => void
  onShowInText: (thread: Thread) => void
  onReply: (thread: Thread, body: string) => void
  onResolve: (thread: Thread, resolved: boolean) => void
  onWithdraw: (thread: Thread, commentId: string) => void
  /** Who a comment may mention with `@`. */
  mentionable: readonly MentionablePerson[]
  /** Polite announcements ("Kommentaren är sparad."). */
  announcement: string
}

/**
 * The comments beside the document (a side panel on wide screens, a bottom sheet that sits above
 * the on-screen keyboard on narrow ones): notices, the new comment, open threads, then resolved.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const { snapshot, threads, author, draft, open } = props
  const headingId = useId()
  const bodyId = useId()
  const inset = useKeyboardInset()
  const openThreads = threads.filter((thread) => !thread.resolved)
  const resolvedThreads = threads.filter((thread) => thread.resolved)
  const style = { '--keyboard-inset': `${inset}px` } as CSSProperties
  const myId = author?.id ?? null
  const mentionable = { people: props.mentionable, myId }

  const renderThread = (thread: Thread): ReactNode => (
    <li key={thread.id}>
      <CommentThread
        thread={thread}
        detached={props.detached.has(thread.id)}
        active={props.activeId === thread.id}
        unsynced={snapshot?.unsynced ?? new Set()}
        myId={myId}
        mentionable={mentionable}
        onShowInText={() => props.onShowInText(thread)}
        onReply={(body) => props.onReply(thread, body)}
        onResolve={(resolved) => props.onResolve(thread, resolved)}
        onWithdraw={(commentId) => props.onWithdraw(thread, commentId)}
      />
    </li>
  )

  return (
    <aside
      className={open ? 'comments-panel comments-panel--open' : 'comments-panel'}
      aria-labelledby={headingId}
      style={style}
      data-testid="comments-panel"
      data-saving={snapshot?.unstored === true || undefined}
    >
      <div className="comments-panel__bar">
        <h2 id={headingId} className="comments-panel__heading">
          {t('comments.heading')}
        </h2>
        <button
          type="button"
          className="button comments-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={props.onToggle}
        >
          {open ? t('comments.hidePanel') : t('comments.showPanel', { count: openThreads.length })}
        </button>
        {author !== null && (
          <button type="button" className="button button--primary" onClick={props.onCommentSelection}>
            {t('comments.commentSelection')}
          </button>
        )}
      </div>
      <div className="comments-panel__body" id={bodyId}>
        <div role="status" className="visually-hidden">
          {props.announcement}
        </div>
        {props.hint !== null && <p className="note">{props.hint}</p>}
        {props.locked && !props.readOnly && <p className="note">{t('comments.lockedNote')}</p>}
        {props.readOnly && <p className="note">{t('comments.readOnly')}</p>}
        {author === null && !props.readOnly && <p className="note">{t('comments.nameNeeded')}</p>}
        {snapshot !== null && !snapshot.online && <p className="note">{t('comments.offline')}</p>}
        {snapshot !== null && snapshot.storageError !== null && (
          <p className="alert alert--error" role="alert">
            {t('comments.storageError', { reason: describeStorageError(snapshot.storageError) })}
          </p>
        )}
        {snapshot !== null && (snapshot.writeRefused || isRefusal(snapshot.status)) && (
          <p className="alert alert--error" role="alert">
            {t(commentRefusalMessage(snapshot.status.closeCode))}
          </p>
        )}
        {draft !== null && author && (
          <section className="comments-panel__new" aria-label={t('comments.newHeading')}>
            <h3>{t('comments.newHeading')}</h3>
            <CommentForm
              label={t('comments.bodyLabel')}
              submitLabel={t('comments.save')}
              onSubmit={props.onSaveDraft}
              onCancel={props.onCancelDraft}
              mentionable={mentionable}
            >
              <p className="comment-form__about">
                <span>{t('comments.about')}</span> <q>{draft.quote}</q>
              </p>
            </CommentForm>
          </section>
        )}
        {snapshot === null || snapshot.phase === 'loading' ? (
          <p>{t('comments.loading')}</p>
        ) : threads.length === 0 ? (
          draft === null && <p className="comments-panel__empty">{t('comments.empty')}</p>
        ) : (
          <>
            <h3 className="comments-panel__section">{t('comments.openHeading', { count: openThreads.length })}</h3>
            <ul className="comments-panel__threads">{openThreads.map(renderThread)}</ul>
            {resolvedThreads.length > 0 && (
              <details className="comments-panel__resolved">
                <summary>{t('comments.resolvedHeading', { count: resolvedThreads.length })}</summary>
                <ul className="comments-panel__threads">{resolvedThreads.map(renderThread)}</ul>
              </details>
            )}
          </>
        )}
      </div>
    </aside>
  )
}

/** The relay refused the comments' connection (the storage's failures have their own message). */
function isRefusal(status: SyncStatus): boolean {
  return status.kind === 'error' && status.errorReason !== 'storage'
}
