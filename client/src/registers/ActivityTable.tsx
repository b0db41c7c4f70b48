import { useId } from 'react'
import { Link } from 'wouter'
import { ACTIVITY_STATUSES, type ActivityEntry, type ActivityStatus } from '@samskriv/shared'
import { enumLabel } from '../i18n/enumLabel'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import { blockHref } from './blockHref'
import { formatTimeFrame } from './formatTimeFrame'
import { LinkedDecisionSummary } from './LinkedDecisionSummary'
import { SourceStatus } from './SourceStatus'

/** Props of {@link ActivityTable}. */
export interface ActivityTableProps {
  rows: ActivityEntry[]
  /** The status to show for a row (a change just made here shows at once). */
  statusOf: (row: ActivityEntry) => ActivityStatus
  /** Rows whose status change is being saved. */
  saving: ReadonlySet<string>
  onStatusChange: (row: ActivityEntry, status: ActivityStatus) => void
  /** False while the status cannot be changed from here. */
  canChange: boolean
  labelledBy: string
}

/** The key of an activity row: activity ids are unique, but a copy may sit in two documents. */
export const activityKey = (row: ActivityEntry) => `${row.documentId}:${row.id}`

/** Where an activity sits: plan (or document), group and area. */
function placeOf(row: ActivityEntry): string {
  return [row.planTitle || row.documentTitle, row.group, row.areaTitle].filter(Boolean).join(' · ')
}

/**
 * The activity overview as a table (cards on narrow screens): description linked to the activity
 * in its plan, plan/group/area, responsible, time frame, linked decision, and a status control
 * that changes the status in the plan itself.
 */
export function ActivityTable({ rows, statusOf, saving, onStatusChange, canChange, labelledBy }: ActivityTableProps) {
  const id = useId()
  return (
    <table className="register-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('activities.columnActivity')}</th>
          <th scope="col">{t('activities.columnResponsible')}</th>
          <th scope="col">{t('activities.columnTime')}</th>
          <th scope="col">{t('activities.columnDecision')}</th>
          <th scope="col">{t('activities.columnStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const key = activityKey(row)
          const status = statusOf(row)
          const description = row.description || t('activity.undescribed')
          const selectId = `${id}-${index}`
          return (
            <tr key={key} data-activity-id={row.id}>
              <th scope="row" className="register-table__main">
                <Link href={blockHref(row.documentId, row.id)}>{description}</Link>
                <span className="register-table__place">{placeOf(row)}</span>
                <SourceStatus status={row.documentStatus} />
              </th>
              <td data-label={t('activities.columnResponsible')}>{row.responsible || t('registers.missing')}</td>
              <td data-label={t('activities.columnTime')}>
                {formatTimeFrame(row.timeFrom, row.timeTo) || t('registers.missing')}
              </td>
              <td data-label={t('activities.columnDecision')}>
                <LinkedDecisionSummary decisionId={row.decisionId} />
              </td>
              <td data-label={t('activities.columnStatus')}>
                <label htmlFor={selectId} className="visually-hidden">
                  {t('activities.statusOf', { activity: description.slice(0, 80) })}
                </label>
                <select
                  id={selectId}
                  className={`status-select status-select--${status}`}
                  value={status}
                  disabled={!canChange || saving.has(key)}
                  aria-describedby={saving.has(key) ? `${selectId}-saving` : undefined}
                  onChange={(event) => {
                    const next = ACTIVITY_STATUSES.find((s) => s === event.target.value)
                    if (next !== undefined && next !== status) onStatusChange(row, next)
                  }}
                >
                  {ACTIVITY_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {enumLabel('activityStatus', value)}
                    </option>
                  ))}
                </select>
                {row.followUpState !== undefined && row.followUpState !== null && (
                  <span className="register-table__follow-up">
                    {row.followUpState.doneDate !== null
                      ? t('followUp.doneOn', { date: formatDate(row.followUpState.doneDate) })
                      : t('followUp.latest', {
                          date: formatDate(row.followUpState.writtenAt.slice(0, 10)),
                          name: row.followUpState.authorName,
                        })}
                    {row.followUpState.comment !== null && `: ${row.followUpState.comment}`}
                  </span>
                )}
                {saving.has(key) && (
                  <span id={`${selectId}-saving`} className="register-table__saving">
                    {t('activities.saving')}
                  </span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
