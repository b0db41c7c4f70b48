import { z } from 'zod'
import { defineBlock } from './defineBlock.js'

/**
 * The plain-text title of an agenda item, information point, decision, group plan or improvement
 * area: the first child of those blocks. No marks, so registers can show it as it is.
 */
export const blockTitle = defineBlock({
  name: 'blockTitle',
  version: 1,
  group: 'blockPart',
  content: 'text*',
  marks: '',
  attributes: z.object({}),
})
