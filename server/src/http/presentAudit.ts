import type { AuditEntryView } from '@samskriv/shared'
import type { AccountStore, AuditEntry } from '../storage/AccountStore.js'
import type { DocumentCatalog } from '../storage/Storage.js'

/**
 * The audit log as administrators read it: each actor with their name, each subject as the
 * document, person or group it is (with its title or name as it is now). Ids are resolved once per
 * answer; a subject that is none of them (an e-mail address tried at sign-in) is `other`.
 */
export async function presentAudit(
  entries: readonly AuditEntry[],
  lookups: { accounts: AccountStore; catalog: DocumentCatalog },
): Promise<AuditEntryView[]> {
  const users = new Map((await lookups.accounts.listUsers()).map((user) => [user.id, user.name]))
  const groups = new Map((await lookups.accounts.listGroups()).map((group) => [group.id, group.name]))
  const documents = new Map<string, string | null>()
  for (const { subject } of entries) {
    if (users.has(subject) || groups.has(subject) || documents.has(subject)) continue
    documents.set(subject, (await lookups.catalog.get(subject))?.title ?? null)
  }
  const subjectOf = (id: string): AuditEntryView['subject'] => {
    const user = users.get(id)
    if (user !== undefined) return { kind: 'user', id, name: user }
    const group = groups.get(id)
    if (group !== undefined) return { kind: 'group', id, name: group }
    const title = documents.get(id) ?? null
    return title !== null ? { kind: 'document', id, name: title } : { kind: 'other', id, name: null }
  }
  return entries.map((entry) => ({
    at: entry.at,
    action: entry.action,
    actor: entry.actorId === null ? null : { id: entry.actorId, name: users.get(entry.actorId) ?? entry.actorId },
    subject: subjectOf(entry.subject),
    details: entry.details,
  }))
}
