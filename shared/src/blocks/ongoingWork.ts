import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, shortText } from './fieldSchemas.js'

/** One row of the "ongoing work" table: an area and its activities. */
export const ongoingWorkArea = defineBlock({
  name: 'ongoingWorkArea',
  version: 1,
  group: 'ongoingWorkRow',
  content: 'activity*',
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** The area, e.g. Lokal samverkan. */
    area: shortText,
  }),
})

/** Fortgå över tid: work that goes on over time, area → activities. */
export const ongoingWork = defineBlock({
  name: 'ongoingWork',
  version: 1,
  content: 'ongoingWorkArea*',
  attributes: z.object({}),
})
