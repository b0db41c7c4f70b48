import { useCallback, useId, useState } from 'react'
import { Link } from 'wouter'
import type * as Y from 'yjs'
import type { DocumentId, DocumentMeta, Proposal } from '@samskriv/shared'
import type { ApproveInput } from '../api/ApprovalApi'
import type { DocumentLock } from '../sync/documentLock'
import { useAppServices } from '../services/useAppServices'
import { t } from '../i18n/t'
import { ApproveDialog } from './ApproveDialog'
import { describeApprovalError } from './describeApprovalError'
import { JusteringPanel } from './JusteringPanel'
import { ProposalList } from './ProposalList'
import { readMeetingHeader, type NamedSigners } from './readMeetingHeader'
import { SendBackDialog } from './SendBackDialog'
import { StartJusteringDialog } from './StartJusteringDialog'
import { useDocumentApproval } from './useDocumentApproval'
import { useLocalContentHash } from './useLocalContentHash'
import { VersionFacts } from './VersionFacts'

/** Props of {@link ApprovalSection}. */
export interface ApprovalSectionProps {
  documentId: DocumentId
  /** The open document (the meeting header names the signers; a signer's device checks the hash). */
  doc: Y.Doc
  /** The document's metadata, live from the Yjs document. */
  meta: DocumentMeta
  /** The lock and revision: the relay's word when it has spoken, else the copy's. */
  lock: DocumentLock
}

type Dialog = { kind: 'approve' } | { kind: 'justering'; named: NamedSigners } | { kind: 'sendBack' } | null

/**
 * Approval on the editor page: the approved version's facts (who, when, body, decision, hash),
 * the justering with the signer's confirm and send-back, the coordinator's actions (approve, start
 * justering, open the next revision) and the proposals from offline edits, with a link to the versions.
 */
export function ApprovalSection({ documentId, doc, meta, lock: documentLock }: ApprovalSectionProps) {
  const { approval: api } = useAppServices()
  const { lock, revision } = documentLock
  const { approval, error: loadError, reload } = useDocumentApproval(documentId, lock, revision)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const headingId = useId()
  const myId = approval?.me.user?.id ?? null
  const justering = approval?.justering ?? null
  const signing =
    lock.state === 'frozen' &&
    justering?.status === 'open' &&
    justering.signers.some((signer) => signer.id === myId && signer.state === 'pending')
  const localHash = useLocalContentHash(doc, signing)

  /** Runs an action; on success closes the dialog and fetches again, on failure says why. */
  const act = useCallback(
    async (action: () => Promise<unknown>): Promise<void> => {
      setBusy(true)
      setActionError(null)
      try {
        await action()
        setDialog(null)
      } catch (error) {
        setActionError(describeApprovalError(error))
        throw error
      } finally {
        setBusy(false)
        reload()
      }
    },
    [reload],
  )
  const run = (action: () => Promise<unknown>) => void act(action).catch(() => {})
  const loadSigners = useCallback(() => api.signers(documentId), [api, documentId])

  const current = lock.state === 'approved' ? approval?.versions.find((v) => v.number === lock.version) : undefined
  const nextVersion = (approval?.versions.at(-1)?.number ?? 0) + 1
  const openProposals = approval?.proposals.filter((proposal) => proposal.status === 'open') ?? []
  const mayApprove = approval?.mayApprove === true

  return (
    <section className="approval panel" aria-labelledby={headingId}>
      <div className="approval__bar">
        <h2 id={headingId} className="approval__heading">
          {t('approval.heading')}
        </h2>
        <div className="approval__actions">
          {mayApprove && lock.state === 'draft' && meta.type !== 'protocol' && (
            <button type="button" className="button button--primary" onClick={() => open({ kind: 'approve' })}>
              {t('approval.approve')}
            </button>
          )}
          {mayApprove && lock.state === 'draft' && meta.type === 'protocol' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => open({ kind: 'justering', named: readMeetingHeader(doc) })}
            >
              {t('approval.startJustering')}
            </button>
          )}
          {mayApprove && lock.state === 'approved' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-describedby={`${headingId}-revision`}
              onClick={() => run(() => api.openRevision(documentId))}
            >
              {t('approval.openRevision', { revision: revision + 1 })}
            </button>
          )}
          {(approval?.versions.length ?? 0) > 0 && (
            <Link href={`/dokument/${documentId}/versioner`} className="button">
              {t('approval.versions')}
            </Link>
          )}
          <Link href={`/dokument/${documentId}/historik`} className="button">
            {t('history.open')}
          </Link>
        </div>
      </div>
      {mayApprove && lock.state === 'approved' && (
        <p id={`${headingId}-revision`} className="field__hint">
          {t('approval.openRevisionHint', { version: lock.version })}
        </p>
      )}
      {approval === null && loadError === null && <p className="muted">{t('status.offline')}</p>}
      {loadError !== null && (
        <p className="alert alert--error">{t('status.loadFailed', { reason: describeApprovalError(loadError) })}</p>
      )}
      {current !== undefined && (
        <details className="disclosure">
          <summary>{t('approval.details')}</summary>
          <VersionFacts version={current} />
        </details>
      )}
      {justering !== null &&
        (lock.state === 'frozen' || (lock.state === 'draft' && justering.status === 'returned')) && (
          <JusteringPanel
            justering={justering}
            myId={myId}
            localHash={localHash}
            busy={busy}
            onConfirm={(hash) => run(() => api.confirmJustering(documentId, hash))}
            onSendBack={() => {
              setActionError(null)
              setDialog({ kind: 'sendBack' })
            }}
          />
        )}
      {actionError !== null && dialog === null && (
        <p className="alert alert--error" role="alert">
          {t('approval.failed', { reason: actionError })}
        </p>
      )}
      {mayApprove && (
        <ProposalList
          proposals={openProposals}
          canApply={lock.state === 'draft'}
          busy={busy}
          onApply={(proposal: Proposal) => run(() => api.applyProposal(documentId, proposal.id))}
          onDismiss={(proposal: Proposal) => run(() => api.dismissProposal(documentId, proposal.id))}
        />
      )}
      {dialog?.kind === 'approve' && (
        <ApproveDialog
          nextVersion={nextVersion}
          error={actionError}
          onCancel={() => setDialog(null)}
          onApprove={(input: ApproveInput) => act(() => api.approve(documentId, input))}
        />
      )}
      {dialog?.kind === 'justering' && (
        <StartJusteringDialog
          named={dialog.named}
          loadSigners={loadSigners}
          error={actionError}
          onCancel={() => setDialog(null)}
          onStart={(input) => act(() => api.startJustering(documentId, input))}
        />
      )}
      {dialog?.kind === 'sendBack' && (
        <SendBackDialog
          error={actionError}
          onCancel={() => setDialog(null)}
          onSendBack={(comment) => act(() => api.sendBackJustering(documentId, comment))}
        />
      )}
    </section>
  )

  function open(next: NonNullable<Dialog>): void {
    setActionError(null)
    setDialog(next)
  }
}
