import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { blockId, shortText } from './fieldSchemas.js'

/** An information point (informationspunkt): a title, the group whose work it is, and text. */
export const informationItem = defineBlock({
  name: 'informationItem',
  version: 1,
  content: 'blockTitle (paragraph | bulletList | orderedList)*',
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** The group the work belongs to, e.g. Samordnande grupp Barn och unga. */
    group: shortText,
  }),
})
