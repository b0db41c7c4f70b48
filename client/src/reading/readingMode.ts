import type { RelayAccess } from '@samskriv/shared'
import type { DocumentLock } from '../sync/documentLock'

/**
 * Whether the document page opens in the reading view: an approved version, a document this person
 * may only read or comment, and a document frozen for justering for someone who may not edit it.
 * An editor of a draft (or of a frozen document, who may still propose changes) keeps the editor,
 * and so does a copy of an older revision (its banner explains why nothing is taken).
 */
export function opensInReadingView(
  { readOnlyReason, access }: DocumentLock,
  expectedAccess: RelayAccess | null = null,
): boolean {
  const known = access ?? expectedAccess
  switch (readOnlyReason) {
    case 'approved':
    case 'readAccess':
      return true
    case 'frozen':
      // Until the relay or the stored sign-in tells, an editor is assumed (the editor is read-only anyway).
      return known !== null && known !== 'edit'
    case 'staleRevision':
    case null:
      return false
  }
}
