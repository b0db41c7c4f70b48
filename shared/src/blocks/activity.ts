import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, optionalDate, shortText } from './fieldSchemas.js'

/** planerad, pågående, genomförd, avbruten. */
export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

/** The perspectives an activity must include: folkhälsa, habilitering/rehabilitering, invånarmedverkan. */
export const ACTIVITY_PERSPECTIVES = ['publicHealth', 'habilitation', 'citizenParticipation'] as const

/**
 * An activity (aktivitet) in an action plan: the description is rich text; who is responsible, the
 * time frame and the status are what coordinators follow up. Its plan, group and area come from
 * where it sits.
 */
export const activity = defineBlock({
  name: 'activity',
  version: 1,
  content: '(paragraph | bulletList | orderedList)*',
  draggable: true,
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** Where the activity stands. */
    status: z.enum(ACTIVITY_STATUSES).default('planned'),
    /** Who is responsible: a group, a role (utvecklingsledare) or a person. */
    responsible: shortText,
    /** Start of the time frame. */
    timeFrom: optionalDate,
    /** End of the time frame. */
    timeTo: optionalDate,
    /** Perspectives the activity must include. */
    perspectives: z.array(z.enum(ACTIVITY_PERSPECTIVES)).max(3).default([]),
    /** Other groups it is done together with. */
    partnerGroups: z.array(z.string().max(200)).max(20).default([]),
    /** How it is followed up (indicator, report). */
    followUp: z.string().max(2000).default(''),
    /** The decision that gave rise to it (a decision block id), or ''. */
    decisionId: blockId,
  }),
})
