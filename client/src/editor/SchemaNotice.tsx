import { useId, useState } from 'react'
import { t } from '../i18n/t'
import type { SchemaConflictReason } from '../sync/SchemaGuard'
import { checkForAppUpdate, type AppUpdateCheck } from './checkForAppUpdate'

/** Props of {@link SchemaNotice}. */
export interface SchemaNoticeProps {
  reason: SchemaConflictReason
}

const RESULT_KEYS = {
  updating: 'schema.updating',
  noUpdate: 'schema.noUpdate',
  failed: 'schema.updateFailed',
} as const satisfies Record<Exclude<AppUpdateCheck, 'reloading'>, string>

/**
 * Shown instead of the editor when the document was written by a newer version of Samskriv: this
 * version could not show it without risking its content, so it does not bind an editor at all.
 * "Uppdatera appen" looks for the new version (the update prompt then offers it) or reloads.
 */
export function SchemaNotice({ reason }: SchemaNoticeProps) {
  const headingId = useId()
  const [result, setResult] = useState<AppUpdateCheck | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <section className="schema-notice" aria-labelledby={headingId} data-testid="schema-notice" data-reason={reason}>
      <h2 id={headingId}>{t('schema.title')}</h2>
      <p>{t('schema.text')}</p>
      <div className="schema-notice__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void checkForAppUpdate().then((checked) => {
              setResult(checked)
              setBusy(false)
            })
          }}
        >
          {busy ? t('schema.checking') : t('schema.update')}
        </button>
        {result === 'noUpdate' || result === 'failed' ? (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('schema.reload')}
          </button>
        ) : null}
      </div>
      <p role="status" className="schema-notice__status">
        {result !== null && result !== 'reloading' ? t(RESULT_KEYS[result]) : ''}
      </p>
    </section>
  )
}
