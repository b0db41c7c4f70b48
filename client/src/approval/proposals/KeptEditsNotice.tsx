import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../../services/useAppServices'
import { useLiveQuery } from '../../hooks/useLiveQuery'
import { t } from '../../i18n/t'
import type { SendOutcome } from './ProposalOutbox'

/**
 * Tells the person that their offline edits to a document approved meanwhile were kept as a
 * proposal (or are kept on the device until the server takes them), and how many still wait here.
 */
export function KeptEditsNotice({ documentId, outcome }: { documentId: DocumentId; outcome: SendOutcome | null }) {
  const { db } = useAppServices()
  const waiting = useLiveQuery(
    () => db.pendingProposals.where('documentId').equals(documentId).count(),
    [db, documentId],
  ).value
  return (
    <div role="status" data-testid="kept-edits">
      {outcome !== null && (
        <p className="alert">
          {outcome === 'sent'
            ? t('proposals.saved')
            : outcome === 'later'
              ? t('proposals.queued')
              : t('proposals.refusedByServer')}
        </p>
      )}
      {waiting !== undefined && waiting > 0 && (
        <p className="note">{t('proposals.pendingOnDevice', { count: waiting })}</p>
      )}
    </div>
  )
}
