import { useCallback, useEffect, useState } from 'react'
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
import { useOnlineStatus } from '../hooks/useOnlineStatus'

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
  /** Fetches everything again (after an action of one's own). */
  reload: () => void
}

/** A key that changes whenever the lock does, so the details are fetched again. */
const lockKey = (lock: LockState | null, revision: number | null) => `${JSON.stringify(lock)}:${revision ?? ''}`

/**
 * The approval details of a document from the HTTP API, fetched again whenever the document's
 * lock or revision (the relay's word, else the copy's) changes, when the device comes online,
 * when the person returns to the page, and on `reload`.
 */
export function useDocumentApproval(
  documentId: DocumentId,
  lock: LockState | null,
  revision: number | null,
): DocumentApprovalState {
  const { approval: api, authApi, library } = useAppServices()
  const online = useOnlineStatus()
  const [state, setState] = useState<{ approval: DocumentApproval | null; error: unknown }>({
    approval: null,
    error: null,
  })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  const key = lockKey(lock, revision)

  // Proposals and justering answers arrive from others without changing the lock: look again
  // whenever the person comes back to the page.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload()
    }
    window.addEventListener('focus', reload)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener('focus', reload)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [reload])

  useEffect(() => {
    if (!online) return
    let current = true
    void (async () => {
      try {
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
        if (current) {
          setState({
            approval: {
              me,
              document,
              versions: [...versions].sort((a, b) => a.number - b.number),
              justering,
              proposals,
              mayApprove,
            },
            error: null,
          })
        }
      } catch (error) {
        if (current) setState((previous) => ({ approval: previous.approval, error }))
      }
    })()
    return () => {
      current = false
    }
  }, [api, authApi, library, documentId, key, online, generation])

  return { ...state, reload }
}
