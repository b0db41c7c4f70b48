import { useId, type ReactNode } from 'react'
import { Link } from 'wouter'
import { todoCount } from '@samskriv/shared'
import { usePageTitle } from '../hooks/usePageTitle'
import { useOnlineStatus } from '../hooks/useOnlineStatus'
import { enumLabel } from '../i18n/enumLabel'
import { formatDate } from '../i18n/formatDate'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { blockHref } from '../registers/blockHref'
import { useMentionDone } from './useMentionDone'
import { useTodos } from './useTodos'

/** One kind of to-do: a heading and its items (left out when there are none). */
function TodoSection({ title, children, count }: { title: string; children: ReactNode; count: number }) {
  const id = useId()
  if (count === 0) return null
  return (
    <section className="panel todo-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="todo-section__count">({count})</span>
      </h2>
      <ul className="todo-list">{children}</ul>
    </section>
  )
}

/** `/att-gora`: what waits for the signed-in person, each item linked to where it is done. */
export function TodoPage() {
  usePageTitle(t('todos.title'))
  const online = useOnlineStatus()
  const { data, error, isPending } = useTodos()
  const mentionDone = useMentionDone()
  return (
    <div className="page">
      <h1>{t('todos.title')}</h1>
      <p>{t('todos.intro')}</p>
      {!online && <p className="alert">{t('todos.offline')}</p>}
      {error !== null && online && (
        <p className="alert alert--error" role="alert">
          {t('todos.failed')}
        </p>
      )}
      {data === undefined ? (
        isPending && error === null && <p>{t('todos.loading')}</p>
      ) : todoCount(data) === 0 ? (
        <p role="status">{t('todos.nothing')}</p>
      ) : (
        <>
          <TodoSection title={t('todos.justeringar')} count={data.justeringar.length}>
            {data.justeringar.map((item) => (
              <li key={`${item.documentId}-${item.round}`} className="todo-list__item">
                <Link href={`/dokument/${item.documentId}`}>{t('todos.justering', { title: item.title })}</Link>
                <span className="muted">
                  {t('todos.justeringMeta', {
                    round: item.round,
                    date: formatDate(item.startedAt.slice(0, 10)),
                    name: item.startedBy,
                  })}
                </span>
              </li>
            ))}
          </TodoSection>
          <TodoSection title={t('todos.proposals')} count={data.proposals.length}>
            {data.proposals.map((item) => (
              <li key={item.proposalId} className="todo-list__item">
                <Link href={`/dokument/${item.documentId}`}>{t('todos.proposal', { title: item.title })}</Link>
                <span className="muted">
                  {t('todos.proposalMeta', { name: item.author, date: formatDate(item.createdAt.slice(0, 10)) })}
                </span>
              </li>
            ))}
          </TodoSection>
          <TodoSection title={t('todos.mentions')} count={data.mentions.length}>
            {data.mentions.map((item) => (
              <li key={`${item.documentId}-${item.commentId}`} className="todo-list__item todo-list__item--mention">
                <Link
                  href={`/dokument/${item.documentId}?kommentar=${encodeURIComponent(item.commentId)}`}
                  onClick={() => mentionDone(item)}
                >
                  {t('todos.mention', { author: item.author, title: item.title })}
                </Link>
                <q className="todo-list__excerpt">{item.excerpt}</q>
                <span className="muted">{formatDateTime(item.createdAt)}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('todos.mentionDoneLabel', { author: item.author, title: item.title })}
                  onClick={() => mentionDone(item)}
                >
                  {t('todos.mentionDone')}
                </button>
              </li>
            ))}
          </TodoSection>
          <TodoSection title={t('todos.overdue')} count={data.overdue.length}>
            {data.overdue.map((item) => (
              <li key={`${item.documentId}-${item.activityId}`} className="todo-list__item">
                <Link href={blockHref(item.documentId, item.activityId)}>
                  {item.description || t('activity.undescribed')}
                </Link>
                <span className="muted">
                  {t('todos.overdueMeta', {
                    document: item.documentTitle,
                    date: formatDate(item.timeTo),
                    status: enumLabel('activityStatus', item.status),
                  })}
                </span>
              </li>
            ))}
          </TodoSection>
        </>
      )}
    </div>
  )
}
