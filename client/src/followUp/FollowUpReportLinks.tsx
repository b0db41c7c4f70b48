import { useId, useState } from 'react'
import { FOLLOW_UP_ROUTES, type DocumentId } from '@samskriv/shared'
import { callUrl } from '../api/callRoute'
import { useOnlineStatus } from '../hooks/useOnlineStatus'
import { t } from '../i18n/t'

/** The follow-up report of a plan for a period, as PDF and spreadsheet (made by the server). */
export function FollowUpReportLinks({ documentId }: { documentId: DocumentId }) {
  const id = useId()
  const online = useOnlineStatus()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const call = { params: { id: documentId }, query: { from, to } }
  return (
    <section className="follow-up-report" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('followUp.reportHeading')}</h3>
      <p className="field__hint">{t('followUp.reportIntro')}</p>
      <div className="follow-up-form__row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('followUp.reportFrom')}</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('followUp.reportTo')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </div>
      {online ? (
        <p className="follow-up-report__links">
          <a className="button" href={callUrl(FOLLOW_UP_ROUTES.reportPdf, call)} download>
            {t('followUp.reportPdf')}
          </a>{' '}
          <a className="button" href={callUrl(FOLLOW_UP_ROUTES.reportXlsx, call)} download>
            {t('followUp.reportXlsx')}
          </a>
        </p>
      ) : (
        <p className="muted">{t('followUp.reportOffline')}</p>
      )}
    </section>
  )
}
