import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, shortText } from './fieldSchemas.js'

/** members: närvarande ledamöter; others: övriga närvarande / medverkande. */
export const ATTENDANCE_KINDS = ['members', 'others'] as const

/** One person present at a meeting. */
export const attendee = defineBlock({
  name: 'attendee',
  version: 2,
  group: 'attendanceEntry',
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** Full name. */
    name: shortText,
    /** Municipality, region or Kommunförbundet. */
    organisation: shortText,
    /** E.g. ledamot, brukarrepresentant, samordnare. */
    role: shortText,
    /** Took part remotely (via länk). */
    remote: z.boolean().default(false),
    /** Stood in for a member (tf). */
    standIn: z.boolean().default(false),
    /** For a stand-in: the member stood in for (tf för …). */
    standsInFor: shortText,
    /** A member on the list who did not attend (frånvarande); kept so the next meeting's list has them. */
    absent: z.boolean().default(false),
  }),
})

/** A list of attendees: the members present, or the others present. */
export const attendanceList = defineBlock({
  name: 'attendanceList',
  version: 1,
  content: 'attendee*',
  attributes: z.object({
    /** Which list this is. */
    kind: z.enum(ATTENDANCE_KINDS).default('members'),
  }),
})
