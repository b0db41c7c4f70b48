import type { QueryKey } from '@tanstack/react-query'
import { NOTICE_TOPICS } from '@samskriv/shared'

/**
 * The keys of the server's data in the client's query cache, one place. A key's first part names
 * the kind of data, so a prefix invalidates every query of that kind.
 */
export const queryKeys = {
  documents: ['documents'] as const,
  /** The server's search of the documents' text (under `documents`: a list change makes it stale). */
  documentSearch: (q: string) => ['documents', 'search', q] as const,
  /** The protocols stored on this device, read from their Yjs state (under `documents` too). */
  localProtocols: ['documents', 'local-protocols'] as const,
  /** One document's approval details (versions, justering, proposals), and more per document. */
  document: (documentId: string) => ['document', documentId] as const,
  /** What the editor page shows about a document's approval: the document, versions, justering, proposals. */
  approval: (documentId: string) => [...queryKeys.document(documentId), 'approval'] as const,
  /** A document and its approved versions, for the list of versions. */
  versions: (documentId: string) => [...queryKeys.document(documentId), 'versions'] as const,
  /** One approved version with its body (never changes once approved). */
  version: (documentId: string, number: number) => [...queryKeys.document(documentId), 'version', number] as const,
  followUp: (documentId: string) => ['followUp', documentId] as const,
  history: (documentId: string) => ['history', documentId] as const,
  todos: ['todos'] as const,
  registers: ['registers'] as const,
  groups: ['groups'] as const,
  /** One group's members (under `groups`: a change to the groups makes it stale too). */
  groupMembers: (groupId: string) => [...queryKeys.groups, groupId, 'members'] as const,
  users: ['users'] as const,
  invitations: ['invitations'] as const,
  /** The signed-in person's own sign-ins. */
  sessions: ['sessions'] as const,
  audit: ['audit'] as const,
}

const PER_DOCUMENT: ReadonlyArray<[prefix: string, key: (id: string) => QueryKey]> = [
  [NOTICE_TOPICS.document(''), queryKeys.document],
  [NOTICE_TOPICS.followUp(''), queryKeys.followUp],
  [NOTICE_TOPICS.history(''), queryKeys.history],
]

/** The queries a server notice's topic makes stale (see `NOTICE_TOPICS`); none for a topic unknown here. */
export function keysForTopic(topic: string): QueryKey[] {
  if (topic === NOTICE_TOPICS.todos) return [queryKeys.todos]
  if (topic === NOTICE_TOPICS.documents) return [queryKeys.documents]
  if (topic === NOTICE_TOPICS.registers) return [queryKeys.registers]
  for (const [prefix, key] of PER_DOCUMENT) if (topic.startsWith(prefix)) return [key(topic.slice(prefix.length))]
  return []
}
