import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { effectiveStatus, type ActivityEntry, type DocumentId } from '@samskriv/shared'
import { describeApprovalError } from '../approval/describeApprovalError'
import { enumLabel } from '../i18n/enumLabel'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import { StatusBadge } from '../registers/StatusBadge'
import { FollowUpForm } from './FollowUpForm'
import { FollowUpLog } from './FollowUpLog'
import { FollowUpReportLinks } from './FollowUpReportLinks'
import { useDocumentActivities } from './useDocumentActivities'
import { useFollowUp } from './useFollowUp'

/** Props of {@link FollowUpPanel}. */
export interface FollowUpPanelProps {
  documentId: DocumentId
  /** The open plan (its approved text). */
  doc: Y.Doc
  /** The person may record follow-ups (editors and coordinators of the plan's group). */
  mayFollowUp: boolean
}

/**
 * The follow-up of an approved plan beside its text: each activity with where it stands by its
 * follow-up (status, date done, latest comment), its log, a form to follow it up (online or
 * offline), and the follow-up report.
 */
export function FollowUpPanel({ documentId, doc, mayFollowUp }: FollowUpPanelProps) {
  const headingId = useId()
  const activities = useDocumentActivities(documentId, doc)
  const followUp = useFollowUp(documentId)
  const [open, setOpen] = useState<string | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  async function save(activity: ActivityEntry, entry: Parameters<typeof followUp.record>[0]): Promise<void> {
    const description = activity.description || t('activity.undescribed')
    try {
      await followUp.record(entry)
      setOpen(null)
      setMessage({
        text: t(navigator.onLine ? 'followUp.saved' : 'followUp.savedOnDevice', { activity: description }),
        error: false,
      })
    } catch (error) {
      setMessage({ text: t('followUp.saveFailed', { reason: describeApprovalError(error) }), error: true })
    }
  }

  return (
    <section className="plan-follow-up panel" aria-labelledby={headingId} data-testid="follow-up">
      <h2 id={headingId}>{t('followUp.heading')}</h2>
      <p className="field__hint">{t('followUp.intro')}</p>
      {followUp.error !== null && navigator.onLine && <p className="alert">{t('followUp.loadFailed')}</p>}
      <p role="status" className="status-message">
        {message !== null && !message.error ? message.text : ''}
      </p>
      {message?.error === true && (
        <p role="alert" className="alert alert--error">
          {message.text}
        </p>
      )}
      {activities.length === 0 && <p>{t('followUp.noActivities')}</p>}
      <ul className="plan-follow-up__activities">
        {activities.map((activity) => {
          const state = followUp.states.get(activity.id) ?? null
          const status = effectiveStatus(activity.status, state)
          const description = activity.description || t('activity.undescribed')
          const entries = (followUp.entries ?? []).filter((entry) => entry.activityId === activity.id)
          return (
            <li key={activity.id} className="plan-follow-up__activity" data-activity-id={activity.id}>
              <h3 className="plan-follow-up__title">{description}</h3>
              <p className="plan-follow-up__state">
                <span className="visually-hidden">{t('followUp.status')}: </span>
                <StatusBadge status={status} />
                {state !== null && state.status !== null && state.status !== activity.status && (
                  <span className="muted">
                    {' '}
                    {t('followUp.planStatus', { status: enumLabel('activityStatus', activity.status) })}
                  </span>
                )}
                {state !== null && state.doneDate !== null && (
                  <span> · {t('followUp.doneOn', { date: formatDate(state.doneDate) })}</span>
                )}
              </p>
              {state === null ? (
                <p className="muted">{t('followUp.none')}</p>
              ) : (
                <details className="plan-follow-up__details">
                  <summary>
                    {t('followUp.entries', { count: state.entries })} ·{' '}
                    {t('followUp.latest', { date: formatDate(state.writtenAt.slice(0, 10)), name: state.authorName })}
                  </summary>
                  <FollowUpLog entries={entries} label={t('followUp.log', { activity: description })} />
                </details>
              )}
              {state !== null && state.comment !== null && <p className="plan-follow-up__comment">{state.comment}</p>}
              {mayFollowUp &&
                (open === activity.id ? (
                  <FollowUpForm
                    activity={description}
                    onSave={(entry) => save(activity, { ...entry, activityId: activity.id })}
                    onCancel={() => setOpen(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('followUp.addFor', { activity: description })}
                    onClick={() => {
                      setMessage(null)
                      setOpen(activity.id)
                    }}
                  >
                    {t('followUp.add')}
                  </button>
                ))}
            </li>
          )
        })}
      </ul>
      <FollowUpReportLinks documentId={documentId} />
    </section>
  )
}
