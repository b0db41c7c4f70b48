import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, optionalDate } from './fieldSchemas.js'

/** A milestone in an improvement area's time frame, e.g. "Delrapportering" on 2025-12-01. */
export const milestoneSchema = z.object({
  /** What happens. */
  label: z.string().max(200),
  /** When, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'),
})

/** A prioritised improvement area (förbättringsområde) with its purpose, goals, time frame and activities. */
export const improvementArea = defineBlock({
  name: 'improvementArea',
  version: 1,
  content: 'blockTitle (planSection | activity | paragraph | bulletList | orderedList)*',
  draggable: true,
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** Start of the time frame. */
    timeFrom: optionalDate,
    /** End of the time frame. */
    timeTo: optionalDate,
    /** Milestones within the time frame. */
    milestones: z.array(milestoneSchema).max(20).default([]),
  }),
})
