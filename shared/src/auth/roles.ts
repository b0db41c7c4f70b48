import { z } from 'zod'

/**
 * A person's role in a group, from least to most: a reader sees; a commenter may also annotate;
 * an editor may also edit; a coordinator may also approve, open a new revision and manage the
 * group's members.
 */
export const GROUP_ROLES = ['reader', 'commenter', 'editor', 'coordinator'] as const
export type GroupRole = (typeof GROUP_ROLES)[number]
export const groupRoleSchema = z.enum(GROUP_ROLES)

/** Whether `role` (null: not a member) is at least `least`. */
export function roleAtLeast(role: GroupRole | null, least: GroupRole): boolean {
  if (role === null) return false
  return GROUP_ROLES.indexOf(role) >= GROUP_ROLES.indexOf(least)
}

/** The kinds of group: the joint board, coordinating groups, collaboration-area groups. */
export const GROUP_KINDS = ['board', 'coordinating', 'collaborationArea', 'other'] as const
export const groupKindSchema = z.enum(GROUP_KINDS)
