import { parseDocumentId } from '@samskriv/shared'
import { NotFoundPage } from './NotFoundPage'
import { HistoryListPage } from '../history/HistoryListPage'
import { SnapshotPage } from '../history/SnapshotPage'

/**
 * A draft's history (its own chunk, with the editor's block views): `/dokument/:id/historik` and
 * `…/historik/:snapshotId`.
 */
export function HistoryRoutes({ id, snapshotId }: { id: string; snapshotId?: string }) {
  const documentId = parseDocumentId(id)
  if (documentId === null) return <NotFoundPage />
  if (snapshotId !== undefined) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(snapshotId)) return <NotFoundPage />
    return <SnapshotPage documentId={documentId} snapshotId={snapshotId} />
  }
  return <HistoryListPage documentId={documentId} />
}
