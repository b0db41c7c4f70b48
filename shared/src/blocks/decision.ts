import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, optionalDate, personSchema, shortText } from './fieldSchemas.js'

/**
 * approveDocument: godkänna/anta ett dokument; setIndicator: fastställa en indikator;
 * changeMember: byte av ledamot; fileMinutes: lägga protokoll till handlingarna;
 * funding: finansiering eller uppstart; other: annat.
 */
export const DECISION_KINDS = [
  'approveDocument',
  'setIndicator',
  'changeMember',
  'fileMinutes',
  'funding',
  'other',
] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

/** The document (and exact approved version) a decision approves. */
export const approvedDocumentSchema = z.object({
  /** The Samskriv document id, when the document lives here. */
  documentId: z.string().max(64).default(''),
  /** Its title, as decided. */
  title: z.string().max(300),
  /** The approved version number, once known. */
  version: z.number().int().positive().nullable().default(null),
})

/** Who leaves and who joins which group. */
export const memberChangeSchema = z.object({
  /** The new representative. */
  incoming: personSchema,
  /** The representative being replaced. */
  outgoing: personSchema,
  /** The group. */
  group: z.string().max(200),
})

/**
 * A decision (beslut): a title, the decision text ("⟨Body⟩ beslutar att …") as rich text, and the
 * fields the decision register is searched by.
 */
export const decision = defineBlock({
  name: 'decision',
  version: 1,
  content: 'blockTitle (paragraph | bulletList | orderedList)*',
  attributes: z.object({
    /** Stable id: links to the decision and activities that follow it up point here. */
    id: blockId,
    /** What kind of decision. */
    kind: z.enum(DECISION_KINDS).default('other'),
    /** The deciding body; '' means the meeting's body. */
    decidingBody: shortText,
    /** The decision date; '' means the meeting's date. */
    date: optionalDate,
    /** The group the decision concerns, if any. */
    group: shortText,
    /** People the decision names (beyond a member change). */
    persons: z.array(z.string().max(200)).max(50).default([]),
    /** For approveDocument: what was approved. */
    approvedDocument: approvedDocumentSchema.nullable().default(null),
    /** For changeMember: who replaces whom. */
    memberChange: memberChangeSchema.nullable().default(null),
    /** Taken between meetings (per capsulam, e.g. by e-mail) and recorded afterwards. */
    betweenMeetings: z.boolean().default(false),
  }),
})
