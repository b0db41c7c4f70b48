import { parseDocumentId } from '@samskriv/shared'
import { VersionComparePage } from '../versions/VersionComparePage'
import { VersionListPage } from '../versions/VersionListPage'
import { VersionPage } from '../versions/VersionPage'
import { NotFoundPage } from './NotFoundPage'

const positive = (value: string | undefined): number | null =>
  value !== undefined && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null

/**
 * The versions of a document (its own chunk, with the editor's block views):
 * `/dokument/:id/versioner`, `…/versioner/:n` and `…/versioner/jamfor/:from/:to`.
 */
export function VersionRoutes({ id, number, from, to }: { id: string; number?: string; from?: string; to?: string }) {
  const documentId = parseDocumentId(id)
  if (documentId === null) return <NotFoundPage />
  if (from !== undefined || to !== undefined) {
    const a = positive(from)
    const b = positive(to)
    if (a === null || b === null) return <NotFoundPage />
    return <VersionComparePage documentId={documentId} from={a} to={b} />
  }
  if (number !== undefined) {
    const n = positive(number)
    return n === null ? <NotFoundPage /> : <VersionPage documentId={documentId} number={n} />
  }
  return <VersionListPage documentId={documentId} />
}
