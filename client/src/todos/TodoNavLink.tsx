import { Link } from 'wouter'
import { todoCount } from '@samskriv/shared'
import { t } from '../i18n/t'
import { useTodos } from './useTodos'

/** The banner's link to the to-dos, with a badge of how many things wait (read out as “1 sak väntar”). */
export function TodoNavLink({ current }: { current: boolean }) {
  const { data } = useTodos()
  const count = data === undefined ? 0 : todoCount(data)
  return (
    <Link href="/att-gora" aria-current={current ? 'page' : undefined} data-testid="todo-link" data-count={count}>
      {t('todos.nav')}
      {count > 0 && (
        <span className="badge">
          {count}
          <span className="visually-hidden"> {t('todos.waiting', { count })}</span>
        </span>
      )}
    </Link>
  )
}
