import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, optionalDate, shortText } from './fieldSchemas.js'

/** One party's responsibilities (e.g. Region → …, Kommun → …). */
export const responsibilityRow = defineBlock({
  name: 'responsibilityRow',
  version: 1,
  group: 'responsibilityEntry',
  content: '(paragraph | bulletList | orderedList)*',
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** The party, e.g. Region Kalmar län. */
    party: shortText,
  }),
})

/** The division of responsibility: party → responsibilities. */
export const responsibilityMatrix = defineBlock({
  name: 'responsibilityMatrix',
  version: 1,
  content: 'responsibilityRow*',
  attributes: z.object({}),
})

/** A step of a routine: who does what, when; numbered from its position among the steps. */
export const routineStep = defineBlock({
  name: 'routineStep',
  version: 1,
  content: '(paragraph | bulletList | orderedList)*',
  draggable: true,
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** Who does it. */
    who: shortText,
    /** When, e.g. "Senast dagen före utskrivning". */
    when: shortText,
  }),
})

/** A guidance document's facts: owner, approval, validity and next review. */
export const documentFacts = defineBlock({
  name: 'documentFacts',
  version: 1,
  attributes: z.object({
    /** Who owns (förvaltar) the document. */
    owner: shortText,
    /** Who approved it (body). */
    approvedBy: shortText,
    /** When it was approved. */
    approvedAt: optionalDate,
    /** Valid from. */
    validFrom: optionalDate,
    /** Valid until. */
    validUntil: optionalDate,
    /** Next review. */
    nextReview: optionalDate,
    /** A short revision note, e.g. "Reviderad 2026: nya kontaktvägar". */
    revision: z.string().max(500).default(''),
  }),
})
