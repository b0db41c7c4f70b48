import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

/**
 * What a server without accounts shows (unless it was started open): that it is not set up, and
 * how its operator finishes the setup, with the printed link or from the command line. Nothing
 * else works until then, so nothing else is offered.
 */
export function SetupNeeded() {
  usePageTitle(t('setupNeeded.title'))
  return (
    <div className="page auth-page" data-testid="setup-needed">
      <h1>{t('setupNeeded.title')}</h1>
      <p>{t('setupNeeded.intro')}</p>
      <h2>{t('setupNeeded.linkHeading')}</h2>
      <p>{t('setupNeeded.link')}</p>
      <pre className="setup-command">
        <code>/installera?token=…</code>
      </pre>
      <h2>{t('setupNeeded.commandHeading')}</h2>
      <p>{t('setupNeeded.command')}</p>
      <pre className="setup-command">
        <code>
          npm run samskriv -- user create --email anna@example.se --name &quot;Anna Andersson&quot; --password
          &apos;…&apos; --admin
        </code>
      </pre>
      <p>{t('setupNeeded.restart')}</p>
    </div>
  )
}
