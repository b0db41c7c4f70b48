import type { DocumentStatus } from '../api/documentsApi.js'
import type { RoomKind } from '../room.js'
import type { RelayAccess } from './relayAccess.js'
import { roleAtLeast, type GroupRole } from './roles.js'

/**
 * The access rules, once, for the server (which enforces them) and the client (which offers only
 * what the server will allow). Pure: the caller supplies who the person is and where the document
 * is in its life; role and lock are separate inputs.
 */

/**
 * How the server runs. `open`: started with OPEN_MODE=1 and no account exists yet: everyone may do
 * everything with documents. `setup`: no account exists and the server is not open: nothing is
 * allowed until the first administrator is created with the printed setup link. `accounts`: people
 * sign in and their roles decide.
 */
export const SERVER_MODES = ['open', 'setup', 'accounts'] as const
export type ServerMode = (typeof SERVER_MODES)[number]

/** What someone may do with a document. */
export const DOCUMENT_ACTIONS = [
  'read',
  'comment',
  'edit',
  'rename',
  'trash',
  'restore',
  'approve',
  'followUp',
] as const
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number]

/** Where a document is in its life, as far as the rules care. */
export interface DocumentLock {
  /** draft, justering (frozen) or approved (locked). */
  readonly status: DocumentStatus
  /** The newest approved version, or null when it was never approved. */
  readonly approvedVersion: number | null
}

/** Who is asking: how the server runs, the signed-in account and its roles in groups. */
export interface PolicySubject {
  readonly mode: ServerMode
  readonly user: { readonly id: string; readonly isAdmin: boolean } | null
  readonly memberships: ReadonlyArray<{ readonly groupId: string; readonly role: GroupRole }>
}

/** Whether a document has reached a public body's record: approved once, or frozen for justering. */
export function isOnRecord(lock: DocumentLock): boolean {
  return lock.approvedVersion !== null || lock.status !== 'draft'
}

/**
 * The role that counts for this person and a document of `groupId`: everyone is a coordinator in
 * open mode, nobody has one during setup, administrators are coordinators everywhere, otherwise
 * the role in the owning group (documents without a group: administrators only).
 */
export function roleFor(subject: PolicySubject, groupId: string | null): GroupRole | null {
  if (subject.mode === 'open') return 'coordinator'
  if (subject.mode === 'setup' || subject.user === null) return null
  if (subject.user.isAdmin) return 'coordinator'
  if (groupId === null) return null
  return subject.memberships.find((m) => m.groupId === groupId)?.role ?? null
}

/**
 * Whether a role (null: none) may do `action` with a document in this lock:
 * - read: readers; comment: commenters (also on approved documents: comments are not content).
 * - edit, rename: editors, and only while the document is a draft.
 * - trash, restore: editors for documents that never reached the record; coordinators only for
 *   documents that were approved or are in justering (their versions and decisions stay listed).
 * - approve (approve, justering, revisions, proposals): coordinators; each step judges the lock.
 * - followUp (status, comment and date done of an approved plan's activities, kept apart from its
 *   text): editors, whatever the lock (the approved text never changes by it).
 */
export function permits(role: GroupRole | null, action: DocumentAction, lock: DocumentLock): boolean {
  switch (action) {
    case 'read':
      return roleAtLeast(role, 'reader')
    case 'comment':
      return roleAtLeast(role, 'commenter')
    case 'edit':
    case 'rename':
      return roleAtLeast(role, 'editor') && lock.status === 'draft'
    case 'trash':
    case 'restore':
      return roleAtLeast(role, isOnRecord(lock) ? 'coordinator' : 'editor')
    case 'approve':
      return roleAtLeast(role, 'coordinator')
    case 'followUp':
      return roleAtLeast(role, 'editor')
  }
}

/** Whether this person may do `action` with a document of `groupId` in this lock. */
export function may(
  subject: PolicySubject,
  action: DocumentAction,
  document: DocumentLock & { readonly groupId: string | null },
): boolean {
  return permits(roleFor(subject, document.groupId), action, document)
}

/**
 * What a relay connection with this role may do in a room (null: not even read). Content:
 * editors edit (the relay then refuses content changes to a document that is not a draft),
 * commenters and readers only receive. Annotations: commenters write.
 */
export function relayAccessFor(role: GroupRole | null, kind: RoomKind): RelayAccess | null {
  if (!roleAtLeast(role, 'reader')) return null
  if (kind === 'annotations') return roleAtLeast(role, 'commenter') ? 'comment' : 'read'
  return roleAtLeast(role, 'editor') ? 'edit' : roleAtLeast(role, 'commenter') ? 'comment' : 'read'
}

/** Whether this person may create documents in (or give documents to) a group. */
export function mayCreateIn(subject: PolicySubject, groupId: string | null): boolean {
  if (subject.mode === 'open') return true
  if (subject.mode === 'setup' || subject.user === null) return false
  if (subject.user.isAdmin) return true
  return groupId !== null && roleAtLeast(roleFor(subject, groupId), 'editor')
}

/** Whether this person may change who is in a group and with which role. */
export function mayManageGroup(subject: PolicySubject, groupId: string): boolean {
  if (subject.mode !== 'accounts' || subject.user === null) return false
  return subject.user.isAdmin || roleAtLeast(roleFor(subject, groupId), 'coordinator')
}

/** Whether this person administers accounts and groups (open mode has no administrators). */
export function isAdministrator(subject: PolicySubject): boolean {
  return subject.mode === 'accounts' && subject.user?.isAdmin === true
}
