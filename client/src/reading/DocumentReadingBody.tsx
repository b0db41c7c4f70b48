import type * as Y from 'yjs'
import type { ApprovalFacts, DocumentId, VersionDetail } from '@samskriv/shared'
import { t } from '../i18n/t'
import type { DocumentLock } from '../sync/documentLock'
import { useVersion } from '../versions/versionQueries'
import { ReadingBody } from './ReadingBody'
import { useLiveBody } from './useLiveBody'

/** The signature block's facts of an approved version. */
export function approvalFactsOf(version: VersionDetail): ApprovalFacts {
  return {
    method: version.method,
    approvedBy: version.approvedBy.name,
    approvedAt: version.approvedAt,
    onBehalfOf: version.onBehalfOf,
    signedBy: version.signedBy,
  }
}

/**
 * The open document in the reading view: its text live from the device's copy (so it reads offline
 * too) and, when it is approved, the approved version's signature block once the server has told it.
 */
export function DocumentReadingBody({
  doc,
  documentId,
  lock,
}: {
  doc: Y.Doc
  documentId: DocumentId
  lock: DocumentLock
}) {
  const body = useLiveBody(doc)
  const approvedVersion = lock.lock.state === 'approved' ? lock.lock.version : 0
  const version = useVersion(documentId, approvedVersion, approvedVersion > 0).data ?? null
  const approval = version === null ? null : approvalFactsOf(version)
  return (
    <ReadingBody
      body={body}
      approval={approval}
      signaturesNote={approvedVersion > 0 && approval === null ? t('reading.signaturesPending') : null}
    />
  )
}
