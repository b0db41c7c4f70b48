import { useEffect, useState, type ReactNode } from 'react'
import { Link } from 'wouter'
import { may, parseDocumentId, setDocumentTitle, type DocumentId } from '@samskriv/shared'
import { ApprovalSection } from '../approval/ApprovalSection'
import { KeptEditsNotice } from '../approval/proposals/KeptEditsNotice'
import type { SendOutcome } from '../approval/proposals/ProposalOutbox'
import { useKeepRefusedEdits } from '../approval/proposals/useKeepRefusedEdits'
import { ApprovalStatusLine } from '../approval/ApprovalStatusLine'
import { AnnotatedEditor } from '../annotations/AnnotatedEditor'
import { useAppServices } from '../services/useAppServices'
import { documentTypeLabel } from '../documents/documentTypeLabel'
import { DocumentTitleField } from '../editor/DocumentTitleField'
import { FollowUpPanel } from '../followUp/FollowUpPanel'
import { policySubject } from '../auth/policySubject'
import { useAuth } from '../auth/useAuth'
import { ReadOnlyBanner } from '../editor/ReadOnlyBanner'
import { SchemaNotice } from '../editor/SchemaNotice'
import { SyncStatusIndicator } from '../editor/SyncStatusIndicator'
import { useDocumentLock } from '../sync/useDocumentLock'
import { useDocumentSession } from '../sync/useDocumentSession'
import { useExpectedAccess } from '../auth/useExpectedAccess'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { usePageTitle } from '../hooks/usePageTitle'
import { usePresenceIdentity } from '../presence/usePresenceIdentity'
import { t } from '../i18n/t'
import { PresenceList } from '../presence/PresenceList'
import { describeStorageError } from '../storage/describeStorageError'
import type { UserProfile } from '../storage/SettingsStore'
import { TITLE_EDIT_ORIGIN } from '../sync/titleEditOrigin'
import { MeetingOfflineButton } from '../meeting/MeetingOfflineButton'
import { DocumentReadingBody } from '../reading/DocumentReadingBody'
import { opensInReadingView } from '../reading/readingMode'
import { ReadingToggle } from '../reading/ReadingToggle'
import { NotFoundPage } from './NotFoundPage'

const FALLBACK_USER_COLOR = '#4b5563'

/** `/dokument/:id`: one document, edited together. */
export function EditorPage({ id }: { id: string }) {
  const documentId = parseDocumentId(id)
  if (documentId === null) return <NotFoundPage />
  return <DocumentWithKeptEdits key={documentId} documentId={documentId} />
}

/**
 * The open document, opened afresh (the approved state) after the relay refused this device's
 * edits and they were kept as a proposal, with a word about that.
 */
function DocumentWithKeptEdits({ documentId }: { documentId: DocumentId }) {
  const [opening, setOpening] = useState(0)
  const [kept, setKept] = useState<SendOutcome | null>(null)
  return (
    <>
      <KeptEditsNotice documentId={documentId} outcome={kept} />
      <OpenDocumentView
        key={opening}
        documentId={documentId}
        onEditsKept={(outcome) => {
          setKept(outcome)
          setOpening((n) => n + 1)
        }}
      />
    </>
  )
}

/** The block id in the address (`#<id>`), kept current as it changes. */
function useTargetBlockId(): string | null {
  const read = () => {
    const hash = window.location.hash.slice(1)
    if (hash === '') return null
    try {
      return decodeURIComponent(hash)
    } catch {
      return null
    }
  }
  const [target, setTarget] = useState(read)
  useEffect(() => {
    const onChange = () => setTarget(read())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return target
}

function OpenDocumentView({
  documentId,
  onEditsKept,
}: {
  documentId: DocumentId
  onEditsKept: (outcome: SendOutcome) => void
}) {
  const { db, library } = useAppServices()
  const targetBlockId = useTargetBlockId()
  const { session, snapshot } = useDocumentSession(documentId)
  useKeepRefusedEdits(documentId, session, snapshot?.relay ?? null, onEditsKept)
  const profile = usePresenceIdentity()
  const record = useLiveQuery(() => db.documents.get(documentId), [db, documentId]).value
  const expectedAccess = useExpectedAccess(record?.groupId)
  const lock = useDocumentLock(session, expectedAccess)
  const { snapshot: auth } = useAuth()
  const meta = snapshot?.meta ?? null
  const [titleError, setTitleError] = useState<string | null>(null)
  /** The person asked for the form (the read-only editor) instead of the reading view. */
  const [asForm, setAsForm] = useState(false)
  usePageTitle(meta?.title ?? t('editor.loading'))

  if (session === null || snapshot === null || snapshot.phase === 'loading') {
    const loadError = snapshot?.storageFailure === 'load' ? snapshot.storageError : null
    return (
      <Message
        title={t('editor.loading')}
        status={
          loadError !== null && (
            <p className="alert alert--error" role="alert">
              {t('editor.loadError', { reason: describeStorageError(loadError) })}
            </p>
          )
        }
      />
    )
  }
  if (snapshot.relayRefusal === 'forbidden') {
    // A copy was here (and is removed now), or the person never had one.
    const text = snapshot.everSynced ? t('editor.accessLost') : t('editor.noAccess')
    return <Message title={t('editor.accessLostTitle')} text={text} />
  }
  if (snapshot.relayRefusal === 'notFound') {
    return <Message title={t('editor.notFoundTitle')} text={t('editor.notFound')} />
  }
  if (meta === null || snapshot.provider === null) {
    // Refused (4426) before anything arrived: only a newer version of the app can open it.
    if (snapshot.schemaConflict !== null) {
      return (
        <div className="page">
          <SchemaNotice reason={snapshot.schemaConflict} />
        </div>
      )
    }
    if (snapshot.everSynced) return <Message title={t('editor.notFoundTitle')} text={t('editor.notFound')} />
    if (!snapshot.online) return <Message title={t('editor.notOnDeviceTitle')} text={t('editor.notOnDevice')} />
    return (
      <Message
        title={t('editor.fetching')}
        status={<SyncStatusIndicator status={snapshot.status} onRetry={() => session.retry()} />}
      />
    )
  }

  const newerSchema = snapshot.schemaConflict !== null
  const editable = lock.readOnlyReason === null && !newerSchema
  const readable = opensInReadingView(lock, expectedAccess) && !newerSchema
  const reading = readable && !asForm
  const user: UserProfile = profile ?? { name: t('presence.unnamed'), color: FALLBACK_USER_COLOR }

  async function renameTo(title: string): Promise<void> {
    if (session === null || meta === null) return
    const now = new Date().toISOString()
    const listed = record ?? {
      id: documentId,
      title: meta.title,
      type: meta.type,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    setTitleError(null)
    try {
      // The device's list (with the PATCH still to send) first, so a reload right after the
      // others see the new title still shows and sends it.
      await library.rename(listed, title)
    } catch (error) {
      setTitleError(t('editor.titleFailed', { reason: describeStorageError(error) }))
      return
    }
    setDocumentTitle(session.doc, title, TITLE_EDIT_ORIGIN)
  }

  return (
    <article className={reading ? 'document-page document-page--reading' : 'document-page'}>
      {!reading && <h1 className="visually-hidden">{meta.title}</h1>}
      <p className="document-page__back">
        <Link href="/">{t('editor.backToList')}</Link>
      </p>
      <div className="document-header">
        <div className="document-header__title">
          {reading ? (
            <h1 className="document-header__heading">{meta.title}</h1>
          ) : (
            <DocumentTitleField title={meta.title} disabled={!editable} onCommit={renameTo} />
          )}
          <div className="document-header__facts">
            <p className="document-header__type">{t('editor.typeLabel', { type: documentTypeLabel(meta.type) })}</p>
            <ApprovalStatusLine lock={lock} />
            {readable && <ReadingToggle reading={reading} onToggle={() => setAsForm(reading)} />}
          </div>
        </div>
        <div className="document-header__side">
          <SyncStatusIndicator status={snapshot.status} onRetry={() => session.retry()} />
          <PresenceList awareness={snapshot.provider.awareness} />
          {meta.type === 'protocol' && <MeetingOfflineButton documentId={documentId} />}
        </div>
      </div>
      {titleError !== null && (
        <p className="alert alert--error" role="alert">
          {titleError}
        </p>
      )}
      {snapshot.storageError !== null && (
        <p className="alert alert--error" role="alert">
          {t('editor.storageError', { reason: describeStorageError(snapshot.storageError) })}
        </p>
      )}
      {record !== undefined && record.deletedAt !== null && <p className="alert">{t('editor.inTrash')}</p>}
      <ReadOnlyBanner lock={lock} />
      <ApprovalSection documentId={documentId} doc={session.doc} meta={meta} lock={lock} />
      {meta.type === 'actionPlan' && lock.lock.state === 'approved' && (
        <FollowUpPanel
          documentId={documentId}
          doc={session.doc}
          mayFollowUp={
            // The relay lets editors edit (and so follow up); offline the stored sign-in tells.
            lock.access === 'edit' ||
            may(policySubject(auth.me), 'followUp', {
              groupId: record?.groupId ?? null,
              status: 'approved',
              approvedVersion: lock.lock.version,
            })
          }
        />
      )}
      {snapshot.schemaConflict !== null ? (
        <SchemaNotice reason={snapshot.schemaConflict} />
      ) : (
        <AnnotatedEditor
          locked={lock.readOnlyReason === 'approved'}
          mayComment={(lock.access ?? expectedAccess) !== 'read'}
          session={session}
          provider={snapshot.provider}
          user={user}
          editable={editable}
          documentId={documentId}
          documentType={meta.type}
          targetBlockId={targetBlockId}
          reading={reading ? <DocumentReadingBody doc={session.doc} documentId={documentId} lock={lock} /> : null}
          onOpenForm={() => setAsForm(true)}
        />
      )}
    </article>
  )
}

function Message({ title, text, status }: { title: string; text?: string; status?: ReactNode }) {
  return (
    <div className="page">
      <h1>{title}</h1>
      {text !== undefined && <p>{text}</p>}
      {status}
    </div>
  )
}
