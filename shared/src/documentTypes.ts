import { z } from 'zod'

/** The three kinds of document a working group writes. */
export const DOCUMENT_TYPES = ['protocol', 'actionPlan', 'guidance'] as const

/** protocol = protokoll (minutes), actionPlan = handlingsplan, guidance = praktisk anvisning. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** Zod schema of a document type. */
export const documentTypeSchema = z.enum(DOCUMENT_TYPES)
