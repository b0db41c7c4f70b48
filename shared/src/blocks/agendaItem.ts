import { z } from 'zod'
import { defineBlock } from './defineBlock.js'
import { attachmentSchema, blockId, optionalDate, personSchema } from './fieldSchemas.js'

/** standard: an ordinary item; otherBusiness: övrig fråga; addendum: tillägg i protokoll. */
export const AGENDA_ITEM_KINDS = ['standard', 'otherBusiness', 'addendum'] as const
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number]

/**
 * An agenda item (paragraf) of a protocol: numbered automatically from its position, with a title,
 * presenters, attachments, running text, information points and decisions.
 */
export const agendaItem = defineBlock({
  name: 'agendaItem',
  version: 1,
  content: 'blockTitle (paragraph | heading | bulletList | orderedList | table | informationItem | decision)*',
  draggable: true,
  attributes: z.object({
    /** Stable id. */
    id: blockId,
    /** What kind of item this is. */
    kind: z.enum(AGENDA_ITEM_KINDS).default('standard'),
    /** A fixed number that overrides the automatic one (later items continue from it); null: automatic. */
    number: z.number().int().min(1).max(100_000).nullable().default(null),
    /** Who presents the item (föredragare). */
    presenters: z.array(personSchema).max(20).default([]),
    /** Slides and other links. */
    attachments: z.array(attachmentSchema).max(20).default([]),
    /** For any other business: the member who raised it. */
    raisedBy: personSchema.nullable().default(null),
    /** For an addendum: the date of the meeting whose protocol it adds to. */
    addendumMeetingDate: optionalDate,
  }),
})
