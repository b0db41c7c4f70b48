import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, shortText } from './fieldSchemas.js'

/** A year `YYYY`, or '' while not filled in. */
const optionalYear = z
  .string()
  .regex(/^(\d{4})?$/, 'a year is written YYYY')
  .default('')

/**
 * One group's action plan (handlingsplan) for a period; a document may bind several. Holds the
 * plan's sections, its improvement areas and its ongoing work.
 */
export const groupPlan = defineBlock({
  name: 'groupPlan',
  version: 1,
  content:
    'blockTitle (planSection | improvementArea | ongoingWork | paragraph | heading | bulletList | orderedList | table)*',
  draggable: true,
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** The group whose plan this is, e.g. Samordnande grupp Äldre. */
    group: shortText,
    /** First year of the plan period. */
    periodFrom: optionalYear,
    /** Last year of the plan period. */
    periodTo: optionalYear,
  }),
})
