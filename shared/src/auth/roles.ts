import { z } from 'zod'

/**
 * A person's role in a group, from least to most: a reader sees; a commenter may also annotate;
 * an editor may also edit; a coordinator may also approve, open a new revision and manage the
 * group's members.
 */
export const GROUP_ROLES = ['reader', 'commenter', 'editor', 'coordinator'] as const
export type GroupRole = (typeof GROUP_ROLES)[number]
export const groupRoleSchema = z.enum(GROUP_ROLES)

/** What someone may do with a group's documents. */
export const DOCUMENT_ACTIONS = ['read', 'comment', 'edit', 'approve', 'manageMembers'] as const
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number]

/** The least role each action needs. */
const LEAST_ROLE: Record<DocumentAction, GroupRole> = {
  read: 'reader',
  comment: 'commenter',
  edit: 'editor',
  approve: 'coordinator',
  manageMembers: 'coordinator',
}

/** Whether a role (null: not a member) allows an action. The server's policy builds on this. */
export function roleAllows(role: GroupRole | null, action: DocumentAction): boolean {
  if (role === null) return false
  return GROUP_ROLES.indexOf(role) >= GROUP_ROLES.indexOf(LEAST_ROLE[action])
}

/** The kinds of group: the joint board, coordinating groups, collaboration-area groups. */
export const GROUP_KINDS = ['board', 'coordinating', 'collaborationArea', 'other'] as const
export const groupKindSchema = z.enum(GROUP_KINDS)
