import { NOTICE_TOPICS } from '@samskriv/shared'
import type { AuditEntry } from '../storage/AccountStore.js'

/** What an audit entry tells people's apps: the topics that changed, and about which document or person. */
export type AuditNotice =
  | { readonly about: 'document'; readonly documentId: string; readonly topics: readonly string[] }
  | { readonly about: 'person'; readonly userId: string; readonly topics: readonly string[] }

const { todos, documents, registers, document, followUp } = NOTICE_TOPICS

/**
 * The topics each audited action changes (see `NOTICE_TOPICS`); null for actions no app shows (a
 * sign-in). A justering or proposal changes the signers' and coordinators' to-dos; a follow-up
 * changes the overview and whose activities are overdue.
 */
export function auditNotice(entry: AuditEntry): AuditNotice | null {
  const id = entry.subject
  const about = (topics: string[]): AuditNotice => ({ about: 'document', documentId: id, topics })
  switch (entry.action) {
    case 'documentCreated':
    case 'documentRenamed':
    case 'documentTrashed':
    case 'documentRestored':
    case 'documentMoved':
      return about([documents, document(id), registers])
    case 'approved':
    case 'revisionOpened':
    case 'justeringStarted':
    case 'justeringConfirmed':
    case 'justeringReturned':
      return about([documents, document(id), registers, todos])
    case 'proposalCreated':
    case 'proposalApplied':
    case 'proposalDismissed':
      return about([document(id), todos])
    case 'followUpRecorded':
      return about([followUp(id), registers, todos])
    case 'roleChanged':
    case 'administratorGranted':
    case 'administratorWithdrawn':
      return { about: 'person', userId: id, topics: [documents, registers, todos] }
    default:
      return null
  }
}
