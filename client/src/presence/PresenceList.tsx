import { useId } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { t } from '../i18n/t'
import { usePresence } from './usePresence'

/** "I dokumentet": the people in the document now, each with their caret colour. */
export function PresenceList({ awareness }: { awareness: Awareness | null }) {
  const users = usePresence(awareness)
  const headingId = useId()
  return (
    <section className="presence" aria-labelledby={headingId}>
      <h2 id={headingId} className="presence__title">
        {t('presence.title')}
      </h2>
      <ul className="presence__list" data-testid="presence">
        {users.map((user) => (
          <li key={user.clientId} className="presence__user">
            <span className="presence-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
            <span>{user.name === '' ? t('presence.unnamed') : user.name}</span>
            {user.isSelf && <span className="presence__self"> {t('presence.you')}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
