import { useCallback } from 'react'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  DocumentId,
  DocumentSummary,
  Justering,
  LockState,
  MeResponse,
  Proposal,
  VersionSummary,
} from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { may } from '@samskriv/shared'
import { policySubject } from '../auth/policySubject'
import { queryKeys } from '../api/queryKeys'

/** What the server says about a document's approval, as the editor page shows it. */
export interface DocumentApproval {
  me: MeResponse
  document: DocumentSummary
  /** Every approved version, oldest first. */
  versions: VersionSummary[]
  /** The current (or last) justering round, or null. */
  justering: Justering | null
  /** Proposals from offline edits (open ones first), or empty for those who may not see them. */
  proposals: Proposal[]
  /** The signed-in person may approve, start justering, open revisions and handle proposals. */
  mayApprove: boolean
}

/** The state of {@link useDocumentApproval}. */
export interface DocumentApprovalState {
  /** Null until the first answer (and while offline before one). */
  approval: DocumentApproval | null
  /** The last failure, or null. */
  error: unknown
  /** Marks the details stale so they are fetched again (after an action of one's own). */
  reload: () => void
}

/** A key that changes whenever the lock does, so the details are fetched again. */
const lockKey = (lock: LockState | null, revision: number | null) => `${JSON.stringify(lock)}:${revision ?? ''}`

/**
 * The approval details of a document from the HTTP API, through the query cache: fetched again
 * whenever the document's lock or revision (the relay's word, else the copy's) changes, when the
 * relay notes a change to the document (proposals, justering answers from others), when the device
 * comes online, and on `reload`. Offline the last answer stays; before one, `approval` is null.
 */
export function useDocumentApproval(
  documentId: DocumentId,
  lock: LockState | null,
  revision: number | null,
): DocumentApprovalState {
  const { approval: api, authApi, library } = useAppServices()
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: [...queryKeys.approval(documentId), lockKey(lock, revision)],
    queryFn: async (): Promise<DocumentApproval> => {
      const [me, document, versions, justering] = await Promise.all([
        authApi.me(),
        api.document(documentId),
        api.versions(documentId),
        api.justering(documentId),
      ])
      // The device learns the document's group and status (for its rules offline too).
      library.learn(document).catch(reportError)
      const mayApprove = may(policySubject(me), 'approve', document)
      const proposals = mayApprove ? await api.proposals(documentId) : []
      const sorted = [...versions].sort((a, b) => a.number - b.number)
      return { me, document, versions: sorted, justering, proposals, mayApprove }
    },
    // While the details for a new lock are fetched, the previous ones stay on screen.
    placeholderData: keepPreviousData,
  })
  const reload = useCallback(
    // Under the document's key: its versions and what else is kept about it are stale too.
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId) }),
    [queryClient, documentId],
  )
  return { approval: query.data ?? null, error: query.error, reload }
}
