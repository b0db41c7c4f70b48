import { Fragment, useState } from 'react'
import { parseCommentBody, type Comment } from '@samskriv/shared'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import type { Thread } from './buildThreads'
import { CommentForm, type CommentFormProps } from './CommentForm'

/** Props of {@link CommentThread}. */
export interface CommentThreadProps {
  thread: Thread
  /** Its text (or block) is gone; the quote is all that is left. */
  detached: boolean
  active: boolean
  unsynced: ReadonlySet<string>
  /** The commenting user's id, to mark their own comments; null when they may not comment. */
  myId: string | null
  /** Who a reply may mention. */
  mentionable: CommentFormProps['mentionable']
  onShowInText: () => void
  onReply: (body: string) => void
  onResolve: (resolved: boolean) => void
  /** Withdraws one of the user's own comments. */
  onWithdraw: (commentId: string) => void
}

interface CommentEntryProps {
  comment: Comment
  unsynced: boolean
  mine: boolean
  onWithdraw: () => void
}

/** A comment's text, each mention shown as `@Name`. */
function CommentBody({ body }: { body: string }) {
  return (
    <>
      {parseCommentBody(body).map((segment, index) =>
        segment.kind === 'text' ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <span key={index} className="comment__mention" data-mention-id={segment.userId}>
            @{segment.name}
          </span>
        ),
      )}
    </>
  )
}

function CommentEntry({ comment, unsynced, mine, onWithdraw }: CommentEntryProps) {
  return (
    <li className="comment" data-comment-id={comment.id} data-unsynced={unsynced || undefined}>
      <p className="comment__meta">
        <span className="comment__author" data-author-id={comment.authorId}>
          {mine ? t('comments.you', { name: comment.authorName }) : comment.authorName}
        </span>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {unsynced && <span className="comment__unsynced">{t('comments.unsynced')}</span>}
      </p>
      <p className={comment.deleted ? 'comment__body comment__body--withdrawn' : 'comment__body'}>
        {comment.deleted ? t('comments.withdrawn') : <CommentBody body={comment.body} />}
      </p>
      {mine && !comment.deleted && (
        <button type="button" className="comment__withdraw" onClick={onWithdraw}>
          {t('comments.withdraw')}
        </button>
      )}
    </li>
  )
}

/** One thread: what it is about, its comments, and resolve, reply and "show in the text". */
export function CommentThread({
  thread,
  detached,
  active,
  unsynced,
  myId,
  mentionable,
  onShowInText,
  onReply,
  onResolve,
  onWithdraw,
}: CommentThreadProps) {
  const [replying, setReplying] = useState(false)
  const { root, replies, anchor } = thread
  const gone = anchor?.kind === 'block' ? t('comments.blockGone') : t('comments.detached')
  return (
    <article
      className={['comment-thread', active && 'comment-thread--active', thread.resolved && 'comment-thread--resolved']
        .filter(Boolean)
        .join(' ')}
      id={`thread-${thread.id}`}
      data-thread-id={thread.id}
      data-detached={detached || undefined}
      tabIndex={-1}
      aria-label={t('comments.threadLabel', { name: root.authorName })}
    >
      {anchor !== null && (
        <div className="comment-thread__about">
          {detached && <p className="comment-thread__detached">{gone}</p>}
          <blockquote className="comment-thread__quote">{anchor.quote}</blockquote>
        </div>
      )}
      <ol className="comment-thread__comments">
        {[root, ...replies].map((comment) => (
          <CommentEntry
            key={comment.id}
            comment={comment}
            unsynced={unsynced.has(comment.id)}
            mine={myId !== null && comment.authorId === myId}
            onWithdraw={() => onWithdraw(comment.id)}
          />
        ))}
      </ol>
      {thread.resolved && root.resolvedAt !== null && (
        <p className="comment-thread__resolved">
          {t('comments.resolvedAt', { time: formatDateTime(root.resolvedAt) })}
        </p>
      )}
      <div className="comment-thread__actions">
        {!detached && anchor !== null && (
          <button type="button" className="button button--small" onClick={onShowInText}>
            {t('comments.showInText')}
          </button>
        )}
        {myId !== null && (
          <>
            <button type="button" className="button button--small" onClick={() => onResolve(!thread.resolved)}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
            {!replying && (
              <button type="button" className="button button--small" onClick={() => setReplying(true)}>
                {t('comments.reply')}
              </button>
            )}
          </>
        )}
      </div>
      {replying && myId !== null && (
        <CommentForm
          label={t('comments.replyLabel')}
          submitLabel={t('comments.sendReply')}
          onSubmit={(body) => {
            onReply(body)
            setReplying(false)
          }}
          onCancel={() => setReplying(false)}
          mentionable={mentionable}
        />
      )}
    </article>
  )
}
