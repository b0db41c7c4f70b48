import { enumLabel } from '../i18n/enumLabel'
import { formatDate } from '../i18n/formatDate'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import type { ShownFollowUp } from './readFollowUps'

/** What one follow-up said, oldest first: when, who, status, date done and comment. */
export function FollowUpLog({ entries, label }: { entries: readonly ShownFollowUp[]; label: string }) {
  return (
    <ol className="follow-up-log" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="follow-up-log__entry" data-pending={entry.pending || undefined}>
          <p className="follow-up-log__meta">
            <time dateTime={entry.writtenAt}>{formatDateTime(entry.writtenAt)}</time> · {entry.author.name}
            {entry.pending && entry.refusedCode === null && (
              <span className="follow-up-log__pending"> · {t('followUp.pending')}</span>
            )}
          </p>
          <p>
            {entry.status !== null &&
              `${t('followUp.statusEntry', { status: enumLabel('activityStatus', entry.status) })} `}
            {entry.doneDate !== null && `${t('followUp.doneOn', { date: formatDate(entry.doneDate) })}. `}
            {entry.comment}
          </p>
          {entry.refusedCode !== null && (
            <p className="field__error">{t('followUp.refused', { code: entry.refusedCode })}</p>
          )}
        </li>
      ))}
    </ol>
  )
}
