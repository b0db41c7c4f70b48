import { useEffect, useRef } from 'react'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../../services/useAppServices'
import type { DocumentSession } from '../../sync/DocumentSession'
import type { RelayConnectionState } from '../../sync/relayNotice'
import { discardLocalCopy } from './discardLocalCopy'
import type { SendOutcome } from './ProposalOutbox'
import { refusedChanges } from './refusedChanges'

/**
 * When the relay refuses this device's edits because the document was approved (or frozen, or
 * moved on to a newer revision) meanwhile: keeps what the relay lacks as a proposal (queued on the
 * device first, then sent), forgets the local copy so it stops resending them, and calls `onKept`
 * with how the sending went; the page then opens the document afresh (the approved state).
 * Nothing is discarded before the proposal is stored on the device.
 */
export function useKeepRefusedEdits(
  documentId: DocumentId,
  session: DocumentSession | null,
  relay: RelayConnectionState | null,
  onKept: (outcome: SendOutcome) => void,
): void {
  const { db, proposals } = useAppServices()
  const handled = useRef(0)
  const onKeptRef = useRef(onKept)
  useEffect(() => {
    onKeptRef.current = onKept
  })

  useEffect(() => {
    if (session === null || relay === null || relay.refusals <= handled.current) return
    handled.current = relay.refusals
    const changes = refusedChanges(session.doc, relay)
    if (changes === null) return
    void (async () => {
      const id = await proposals.queue({ documentId, ...changes })
      // Everything this session received is stored before its copy is forgotten.
      await session.flush()
      await discardLocalCopy(db, documentId)
      onKeptRef.current(await proposals.send(id))
    })().catch(reportError)
  }, [db, proposals, documentId, session, relay])
}
