import { z } from 'zod'
import { ACTIVITY_PERSPECTIVES, ACTIVITY_STATUSES, DECISION_KINDS } from '../blocks/index.js'
import { approvedDocumentSchema, memberChangeSchema } from '../blocks/decision.js'
import { documentIdSchema } from '../documentId.js'
import { documentTypeSchema } from '../documentTypes.js'
import { documentStatusSchema } from './documentsApi.js'
import { followUpStateSchema } from '../followUp/followUpEntry.js'

/** A decision as the decision register (beslutsregister) lists it. */
export const decisionEntrySchema = z.object({
  /** The decision block's id. */
  id: z.string(),
  /** The protocol it stands in. */
  documentId: documentIdSchema,
  documentTitle: z.string(),
  documentType: documentTypeSchema,
  /** The agenda item it belongs to: id, number and title ('' / null outside one). */
  agendaItemId: z.string(),
  agendaItemNumber: z.number().int().nullable(),
  agendaItemTitle: z.string(),
  /** The decision's own title, or its agenda item's. */
  title: z.string(),
  /** The decision text, plain. */
  text: z.string(),
  kind: z.enum(DECISION_KINDS),
  /** The deciding body (the meeting's unless the decision names another). */
  decidingBody: z.string(),
  /** YYYY-MM-DD (the meeting's unless the decision names another), or ''. */
  date: z.string(),
  group: z.string(),
  /** Everyone the decision names, member changes included. */
  persons: z.array(z.string()),
  approvedDocument: approvedDocumentSchema.nullable(),
  memberChange: memberChangeSchema.nullable(),
  betweenMeetings: z.boolean(),
  /** Order within its document. */
  position: z.number().int(),
  /**
   * Its protocol is in the trash. An approved protocol's decisions stay in the register when it is
   * trashed, marked so; a draft's leave with it.
   */
  documentTrashed: z.boolean().optional(),
  /** Where its protocol is in its life (a draft's decisions may still change); absent where not known. */
  documentStatus: documentStatusSchema.optional(),
})
export type DecisionEntry = z.infer<typeof decisionEntrySchema>

/** An activity as the activity overview lists it. */
export const activityEntrySchema = z.object({
  /** The activity block's id. */
  id: z.string(),
  /** The action plan it stands in. */
  documentId: documentIdSchema,
  documentTitle: z.string(),
  /** The group plan it belongs to: id, title, group and period ('' outside one). */
  planId: z.string(),
  planTitle: z.string(),
  group: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  /** Whether it sits in an improvement area or in the ongoing work, and that area's name. */
  areaKind: z.enum(['improvementArea', 'ongoingWork', 'none']),
  areaTitle: z.string(),
  /** The description, plain. */
  description: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  responsible: z.string(),
  timeFrom: z.string(),
  timeTo: z.string(),
  perspectives: z.array(z.enum(ACTIVITY_PERSPECTIVES)),
  partnerGroups: z.array(z.string()),
  followUp: z.string(),
  /** The decision that gave rise to it, or ''. */
  decisionId: z.string(),
  /** Order within its document. */
  position: z.number().int(),
  /**
   * Where it stands by the follow-up of its approved plan (kept apart from the plan's text), or
   * null/absent when it has none; its status then counts before the plan's.
   */
  followUpState: followUpStateSchema.nullable().optional(),
  /**
   * Where its plan is in its life, as the register knows it: a plan that is not a draft is followed
   * up (its text is locked); absent where not known.
   */
  documentStatus: documentStatusSchema.optional(),
})
export type ActivityEntry = z.infer<typeof activityEntrySchema>

/** The follow-up of a decision: its linked activities and where they stand. */
export const linkedActivitySchema = activityEntrySchema.pick({
  id: true,
  documentId: true,
  documentTitle: true,
  description: true,
  status: true,
  responsible: true,
  timeTo: true,
  followUpState: true,
})
export type LinkedActivity = z.infer<typeof linkedActivitySchema>

const optionalText = z.string().trim().max(200).optional()
const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
const limit = z.coerce.number().int().min(1).max(200).default(50)
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0)

/** `GET /api/decisions` query: every filter optional; newest first. */
export const decisionQuerySchema = z.strictObject({
  /** One decision by its block id (e.g. the one an activity links to). */
  id: z.string().min(1).max(64).optional(),
  /** Deciding body (exact, case-insensitive). */
  body: optionalText,
  /** From date, inclusive (YYYY-MM-DD). */
  from: optionalDay,
  /** To date, inclusive. */
  to: optionalDay,
  /** Group (exact, case-insensitive). */
  group: optionalText,
  kind: z.enum(DECISION_KINDS).optional(),
  /** A person named (substring, case-insensitive). */
  person: optionalText,
  /** Free text in title and text (substring, case-insensitive). */
  q: optionalText,
  limit,
  offset,
})
export type DecisionQuery = z.infer<typeof decisionQuerySchema>

/** `GET /api/activities` query. */
export const activityQuerySchema = z.strictObject({
  /** Group (exact, case-insensitive). */
  group: optionalText,
  /** A year the plan period covers (YYYY). */
  period: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  /** Responsible (substring, case-insensitive). */
  responsible: optionalText,
  /** Only activities linked to this decision. */
  decisionId: optionalText,
  /** Free text in the description and area. */
  q: optionalText,
  limit,
  offset,
})
export type ActivityQuery = z.infer<typeof activityQuerySchema>

/** A decision in the register, with its follow-up. */
export const decisionRowSchema = decisionEntrySchema.extend({ activities: z.array(linkedActivitySchema) })
export type DecisionRow = z.infer<typeof decisionRowSchema>

/** `GET /api/decisions`. */
export const decisionListResponseSchema = z.object({
  decisions: z.array(decisionRowSchema),
  /** How many match the filters in all. */
  total: z.number().int(),
})
export type DecisionListResponse = z.infer<typeof decisionListResponseSchema>

/** `GET /api/activities`. */
export const activityListResponseSchema = z.object({
  activities: z.array(activityEntrySchema),
  total: z.number().int(),
})
export type ActivityListResponse = z.infer<typeof activityListResponseSchema>
