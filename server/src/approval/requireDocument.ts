import type { DocumentAction } from '@samskriv/shared'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { DocumentCatalog, DocumentRecord } from '../storage/Storage.js'
import { ApprovalError } from './ApprovalError.js'

/**
 * The document, if it exists and the person may do the action with it (lock aside). A document in
 * the trash can still be read (its approved versions stay reachable), nothing more.
 */
export async function requireDocument(
  catalog: DocumentCatalog,
  policy: Policy,
  user: UserRecord | null,
  documentId: string,
  action: DocumentAction,
): Promise<DocumentRecord> {
  const document = await catalog.get(documentId)
  if (!document || (document.deletedAt !== null && action !== 'read'))
    throw new ApprovalError('notFound', 'No document has that id.')
  // The lock is judged by each step itself; here only the role counts.
  if (!(await policy.can(user, action, { ...document, status: 'draft' }))) {
    throw new ApprovalError('forbidden', `You may not ${action} this document.`)
  }
  return document
}
