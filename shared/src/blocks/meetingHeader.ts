import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { optionalDate, shortText } from './fieldSchemas.js'

/** The head of a protocol: which body met, when and where, who chaired and who verifies. */
export const meetingHeader = defineBlock({
  name: 'meetingHeader',
  version: 1,
  attributes: z.object({
    /** The body that met and decides, e.g. Länsgemensam ledning. */
    decidingBody: shortText,
    /** The meeting date; decisions in the protocol default to it. */
    date: optionalDate,
    /** Where the meeting was held (or "Digitalt"). */
    place: shortText,
    /** When, e.g. "09.00–12.00". */
    time: shortText,
    /** The chair (ordförande) of the meeting. */
    chair: shortText,
    /** The members who verify (justerar) the protocol. */
    adjusters: z.array(z.string().max(200)).max(10).default([]),
    /** The number of the first agenda item (protocols often number through the year). */
    firstItemNumber: z.number().int().min(1).max(100_000).default(1),
  }),
})
