import { useId, useMemo, useState } from 'react'
import { effectiveStatus, REGISTER_EXPORT_ROUTES, type ActivityEntry, type ActivityStatus } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { usePageTitle } from '../hooks/usePageTitle'
import { enumLabel } from '../i18n/enumLabel'
import { t } from '../i18n/t'
import { ACTIVITY_FILTER_KEYS, ActivityFilterForm } from '../registers/ActivityFilterForm'
import { activityKey, ActivityTable } from '../registers/ActivityTable'
import { cleanFilters } from '../registers/cleanFilters'
import { describeHeadlessEditError } from '../registers/describeHeadlessEditError'
import { queryLocalActivities } from '../registers/queryLocalActivities'
import { readLocalRegisters } from '../registers/readLocalRegisters'
import { RegisterExportLinks } from '../registers/RegisterExportLinks'
import { RegisterNotice } from '../registers/RegisterNotice'
import { RegisterResults } from '../registers/RegisterResults'
import { toActivityFilters } from '../registers/toActivityFilters'
import { useRegisterList, type RegisterLoaders } from '../registers/useRegisterList'
import { useUrlFilters } from '../registers/useUrlFilters'
import { editStoredDocument, type HeadlessEditResult } from '../sync/editStoredDocument'
import { HeadlessEditError } from '../sync/HeadlessEditError'
import { useAuth } from '../auth/useAuth'
import { setActivityStatus } from '../sync/setActivityStatus'
import { syncServerUrl } from '../sync/syncServerUrl'

const PAGE_SIZE = 30

/**
 * `/aktiviteter`: every activity in every action plan, filtered by group, plan period, status,
 * responsible and free text. The status control changes the status in the plan document itself —
 * an edit like any other, stored on the device and synced, online or offline — and shows at once.
 * In a plan that is approved (its text locked) it is recorded as the plan's follow-up instead,
 * online or offline too.
 */
export function ActivityOverviewPage() {
  usePageTitle(t('activities.title'))
  const { db, library, registers, decisions, followUps } = useAppServices()
  const { mode } = useAuth()
  const [values, apply] = useUrlFilters('/aktiviteter', ACTIVITY_FILTER_KEYS)
  const filters = useMemo(() => toActivityFilters(cleanFilters(values)), [values])
  const key = JSON.stringify(filters)
  const loaders = useMemo<RegisterLoaders<ActivityEntry>>(
    () => ({
      server: async (paging) => {
        const page = await registers.activities(filters, paging)
        return { rows: page.activities, total: page.total }
      },
      device: async () => {
        const local = await readLocalRegisters(db)
        const page = queryLocalActivities(local, filters, { limit: Number.MAX_SAFE_INTEGER, offset: 0 })
        return { rows: page.activities, total: page.total }
      },
    }),
    [db, registers, filters],
  )
  const list = useRegisterList(key, loaders, PAGE_SIZE)
  const [overrides, setOverrides] = useState<ReadonlyMap<string, ActivityStatus>>(new Map())
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set())
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const headingId = useId()
  // The groups of the plans listed so far, to suggest in the (exact) group filter.
  const [groups, setGroups] = useState<string[]>([])

  // A change shown ahead of the list is dropped once the list itself shows it (so a later change
  // by someone else is not hidden behind it).
  const { rows } = list
  const [seenRows, setSeenRows] = useState(rows)
  if (rows !== seenRows) {
    setSeenRows(rows)
    const found = new Set([...groups, ...(rows ?? []).map((row) => row.group).filter(Boolean)])
    if (found.size !== groups.length) setGroups([...found].sort((a, b) => a.localeCompare(b, 'sv-SE')))
    if (rows !== null && overrides.size > 0) {
      const next = new Map(overrides)
      for (const row of rows) {
        if (next.get(activityKey(row)) === effectiveStatus(row.status, row.followUpState)) next.delete(activityKey(row))
      }
      if (next.size !== overrides.size) setOverrides(next)
    }
  }

  function changeStatus(row: ActivityEntry, status: ActivityStatus): void {
    const rowKey = activityKey(row)
    const description = row.description || t('activity.undescribed')
    setOverrides((previous) => new Map(previous).set(rowKey, status))
    setSaving((previous) => new Set(previous).add(rowKey))
    setMessage(null)
    /** Records the status as the approved plan's follow-up (its text stays as approved). */
    const followUp = async (): Promise<'followUp' | 'followUpOnDevice'> => {
      const authorName = mode.kind === 'signedIn' ? mode.user.name : ''
      const pending = await followUps.write(row.documentId, { activityId: row.id, status }, authorName)
      const sent = navigator.onLine ? await followUps.send(pending.id) : 'later'
      if (sent === 'refused') throw new Error((await db.pendingFollowUps.get(pending.id))?.refusedCode ?? 'refused')
      return sent === 'sent' ? 'followUp' : 'followUpOnDevice'
    }
    const save: Promise<HeadlessEditResult | 'followUp' | 'followUpOnDevice'> =
      row.documentStatus !== undefined && row.documentStatus !== 'draft'
        ? followUp()
        : editStoredDocument(db, row.documentId, (doc) => setActivityStatus(doc, row.id, status), {
            serverUrl: syncServerUrl(window.location),
          }).catch((error: unknown) => {
            // Approved since the list was read: it is followed up instead.
            if (error instanceof HeadlessEditError && error.reason === 'locked') return followUp()
            throw error
          })
    save
      .then((result) => {
        decisions.invalidate()
        // The plan is on this device now (it may have come from the relay just for this edit), so
        // the offline overview lists it too.
        library.remember(row.documentId, { title: row.documentTitle, type: 'actionPlan' }).catch(reportError)
        const key = {
          synced: 'activities.statusSaved',
          storedOnDevice: 'activities.statusSavedOnDevice',
          followUp: 'followUp.recordedAsFollowUp',
          followUpOnDevice: 'followUp.recordedAsFollowUpOnDevice',
        } as const
        setMessage({
          text: t(key[result], { activity: description, status: enumLabel('activityStatus', status) }),
          error: false,
        })
        list.reload()
      })
      .catch((error: unknown) => {
        setOverrides((previous) => {
          const next = new Map(previous)
          next.delete(rowKey)
          return next
        })
        setMessage({ text: describeHeadlessEditError(error, description), error: true })
      })
      .finally(() =>
        setSaving((previous) => {
          const next = new Set(previous)
          next.delete(rowKey)
          return next
        }),
      )
  }

  return (
    <div className="page register-page">
      <h1>{t('activities.title')}</h1>
      <p className="page__intro">{t('activities.intro')}</p>
      <ActivityFilterForm value={values} onApply={apply} groups={groups} />
      <RegisterExportLinks
        csv={REGISTER_EXPORT_ROUTES.activitiesCsv}
        xlsx={REGISTER_EXPORT_ROUTES.activitiesXlsx}
        filters={filters}
      />
      <p role="status" className="status-message">
        {message !== null && !message.error ? message.text : ''}
      </p>
      {message?.error === true && (
        <p role="alert" className="alert alert--error">
          {message.text}
        </p>
      )}
      <RegisterResults
        heading={t('activities.resultsHeading')}
        list={list}
        rowKey={activityKey}
        renderRow={() => null}
        renderList={(shown) => (
          <ActivityTable
            rows={shown}
            statusOf={(row) => overrides.get(activityKey(row)) ?? effectiveStatus(row.status, row.followUpState)}
            saving={saving}
            canChange
            labelledBy={headingId}
            onStatusChange={changeStatus}
          />
        )}
        headingId={headingId}
        countText={(shown, total) => t('activities.count', { shown, count: total })}
        emptyText={Object.keys(filters).length === 0 ? t('activities.empty') : t('activities.noMatch')}
        notice={<RegisterNotice source={list.source} subject="activities" />}
      />
    </div>
  )
}
