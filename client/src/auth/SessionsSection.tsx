import { useId, useState } from 'react'
import type { Session } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { describeAuthError } from './describeAuthError'

/** A browser's name from its user agent, enough to tell one's devices apart. */
function browserName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null
  const system = /iPad/.test(userAgent)
    ? 'iPad'
    : /iPhone/.test(userAgent)
      ? 'iPhone'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X/.test(userAgent)
            ? 'macOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null
  if (browser === null) return t('account.unknownBrowser')
  return system === null ? browser : `${browser}, ${system}`
}

/** One's sign-ins (browsers and devices), each but this one with a button that ends it. */
export function SessionsSection() {
  const { authApi } = useAppServices()
  const queryClient = useQueryClient()
  const sessions = useQuery({ queryKey: queryKeys.sessions, queryFn: () => authApi.sessions(), networkMode: 'always' })
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()

  async function end(session: Session): Promise<void> {
    setStatus('')
    setError(null)
    try {
      await authApi.endSession(session.id)
      setStatus(t('account.sessionEnded'))
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions })
    } catch (failure) {
      setError(describeAuthError(failure))
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.sessionsHeading')}</h2>
      <p>{t('account.sessionsIntro')}</p>
      <p role="status" className="admin-status">
        {status}
      </p>
      {(error ?? sessions.error) !== null && (
        <p className="alert alert--error" role="alert">
          {error ?? describeAuthError(sessions.error)}
        </p>
      )}
      {sessions.data !== undefined && (
        <div className="table-scroll">
          <table className="admin-table" aria-labelledby={headingId} data-testid="sessions">
            <thead>
              <tr>
                <th scope="col">{t('account.sessionBrowser')}</th>
                <th scope="col">{t('account.sessionSignedIn')}</th>
                <th scope="col">{t('account.sessionLastUsed')}</th>
                <th scope="col">{t('list.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{browserName(session.userAgent)}</th>
                  <td>
                    <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                  </td>
                  <td>
                    {session.lastSeenAt !== null && (
                      <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                    )}
                  </td>
                  <td>
                    {session.current ? (
                      t('account.thisSession')
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('account.endSessionLabel', {
                          browser: browserName(session.userAgent),
                          when: formatDateTime(session.createdAt),
                        })}
                        onClick={() => void end(session)}
                      >
                        {t('account.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
