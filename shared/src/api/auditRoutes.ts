import { z } from 'zod'
import { defineRoute } from './route.js'

/** What an audit entry is about: a document, a person, a group, or something else (an e-mail address tried at sign-in). */
export const AUDIT_SUBJECT_KINDS = ['document', 'user', 'group', 'other'] as const
export type AuditSubjectKind = (typeof AUDIT_SUBJECT_KINDS)[number]

/** One entry of the audit log as administrators read it: ids resolved to titles and names. */
export const auditEntryViewSchema = z.object({
  /** When it happened. */
  at: z.iso.datetime(),
  /** What happened, e.g. `signIn`, `roleChanged`, `approved`. */
  action: z.string(),
  /** Who did it, with their name now; null for the system (or someone not signed in). */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What it concerns, with its title or name now (null when it no longer exists). */
  subject: z.object({
    kind: z.enum(AUDIT_SUBJECT_KINDS),
    id: z.string(),
    name: z.string().nullable(),
  }),
  /** The action's own facts (a role, a version number). */
  details: z.record(z.string(), z.unknown()),
})
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>

/** The audit log (administrators). */
export const AUDIT_ROUTES = {
  /** The newest entries, newest first. */
  list: defineRoute({
    method: 'GET',
    path: '/api/audit',
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
    response: z.object({ entries: z.array(auditEntryViewSchema) }),
  }),
} as const
