import { useCallback, useEffect, useRef, useState } from 'react'
import type { DocumentId, DocumentSummary } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { syncStoredAnnotations } from '../annotations/syncStoredAnnotations'
import { useAppServices } from '../services/useAppServices'
import { ModalDialog } from '../components/ModalDialog'
import { documentTypeLabel } from '../documents/documentTypeLabel'
import { useOnlineStatus } from '../hooks/useOnlineStatus'
import { t } from '../i18n/t'
import { syncServerUrl } from '../sync/syncServerUrl'
import { syncStoredChanges } from '../sync/syncStoredChanges'
import { fetchMeetingPack } from './fetchMeetingPack'
import { prepareMeetingOffline, type OfflineReadiness } from './prepareMeetingOffline'

const READINESS_TEXT = {
  waiting: 'meeting.waiting',
  syncing: 'meeting.syncing',
  ready: 'meeting.ready',
  failed: 'meeting.failed',
} as const satisfies Record<OfflineReadiness, string>

type Phase = { kind: 'listing' } | { kind: 'listFailed'; reason: string } | { kind: 'preparing' } | { kind: 'done' }

function describeFailure(error: unknown): string {
  if (error instanceof ApiRequestError && error.kind === 'network') return t('list.serverUnavailable')
  return error instanceof Error ? error.message : String(error)
}

/**
 * "Förbered mötet offline": fetches the meeting pack of a protocol and makes every document in it
 * (content and comments) available on the device, showing "Klar för offline" per document.
 */
export function MeetingOfflineDialog({ documentId, onClose }: { documentId: DocumentId; onClose: () => void }) {
  const { db, library, relayTokens } = useAppServices()
  const online = useOnlineStatus()
  const [phase, setPhase] = useState<Phase>({ kind: 'listing' })
  const [documents, setDocuments] = useState<DocumentSummary[]>([])
  const [readiness, setReadiness] = useState<ReadonlyMap<string, OfflineReadiness>>(new Map())
  const alive = useRef(true)
  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const run = useCallback(async () => {
    let pack: DocumentSummary[]
    try {
      pack = await fetchMeetingPack(documentId)
    } catch (error) {
      if (alive.current) setPhase({ kind: 'listFailed', reason: describeFailure(error) })
      return
    }
    if (!alive.current) return
    setDocuments(pack)
    setReadiness(new Map(pack.map((d) => [d.id, 'waiting'])))
    setPhase({ kind: 'preparing' })
    const serverUrl = syncServerUrl(window.location)
    await prepareMeetingOffline(
      pack,
      {
        remember: (d) => library.remember(d.id, { title: d.title, type: d.type }),
        syncContent: (d) => syncStoredChanges(db, d.id, { serverUrl, relayTokens }),
        syncComments: (d) => syncStoredAnnotations(db, d.id, { serverUrl, relayTokens }),
      },
      (id, state) => {
        if (alive.current) setReadiness((previous) => new Map(previous).set(id, state))
      },
    )
    if (alive.current) setPhase({ kind: 'done' })
  }, [db, library, relayTokens, documentId])

  useEffect(() => {
    if (navigator.onLine) void run()
  }, [run])

  const failed = documents.filter((d) => readiness.get(d.id) === 'failed').length
  return (
    <ModalDialog title={t('meeting.heading')} onCancel={onClose}>
      <p>{t('meeting.intro')}</p>
      {!online && phase.kind !== 'done' && <p className="alert">{t('meeting.offline')}</p>}
      {online && phase.kind === 'listing' && <p role="status">{t('meeting.fetchingList')}</p>}
      {phase.kind === 'listFailed' && (
        <p className="alert alert--error" role="alert">
          {t('meeting.listFailed', { reason: phase.reason })}
        </p>
      )}
      {documents.length > 0 && (
        <ul className="meeting-pack" aria-label={t('meeting.listLabel')}>
          {documents.map((d) => {
            const state = readiness.get(d.id) ?? 'waiting'
            return (
              <li key={d.id} className="meeting-pack__item" data-readiness={state}>
                <span className="meeting-pack__title">{d.title}</span>
                <span className="meeting-pack__type">{documentTypeLabel(d.type)}</span>
                <span className={`meeting-pack__state meeting-pack__state--${state}`}>{t(READINESS_TEXT[state])}</span>
              </li>
            )
          })}
        </ul>
      )}
      <p role="status" className="meeting-pack__summary">
        {phase.kind === 'done' &&
          (failed === 0
            ? t('meeting.allReady', { count: documents.length })
            : t('meeting.someFailed', { failed, count: documents.length }))}
      </p>
      <div className="dialog__actions">
        {(phase.kind === 'listFailed' ||
          (phase.kind === 'done' && failed > 0) ||
          (!online && phase.kind === 'listing')) && (
          <button
            type="button"
            className="button"
            disabled={!online}
            onClick={() => {
              setPhase({ kind: 'listing' })
              void run()
            }}
          >
            {t('meeting.retry')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('meeting.close')}
        </button>
      </div>
    </ModalDialog>
  )
}
