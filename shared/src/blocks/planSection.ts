import { z } from 'zod'
import { defineBlock } from './defineBlock.js'

/**
 * The named parts of a plan and an improvement area: övergripande målbild, målgrupp, strategiska
 * inriktningar, identifierade förbättringsområden, ansvarig, genomförande, uppföljning; syfte, mål,
 * tidsram, bakgrund.
 */
export const PLAN_SECTION_KINDS = [
  'vision',
  'targetGroup',
  'strategicDirections',
  'improvementAreas',
  'responsible',
  'implementation',
  'followUp',
  'purpose',
  'goals',
  'timeFrame',
  'background',
] as const
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number]

/** A labelled part of a plan; its label comes from its kind, its text is rich text. */
export const planSection = defineBlock({
  name: 'planSection',
  version: 1,
  content: '(paragraph | bulletList | orderedList)*',
  attributes: z.object({
    /** Which part this is. */
    kind: z.enum(PLAN_SECTION_KINDS).default('vision'),
  }),
})
