import { z } from 'zod'
import { defineRoute } from '../api/route.js'
import { documentIdSchema } from '../documentId.js'
import { daySchema, followUpEntrySchema, recordFollowUpRequestSchema } from './followUpEntry.js'

const documentParams = z.strictObject({ id: documentIdSchema })

/** A period of a follow-up report; both ends inclusive and optional. */
export const followUpPeriodSchema = z.strictObject({
  /** First day of the period. */
  from: daySchema.optional(),
  /** Last day of the period. */
  to: daySchema.optional(),
})
export type FollowUpPeriod = z.infer<typeof followUpPeriodSchema>

/** The follow-up of an approved action plan: its log, new entries, and the report. */
export const FOLLOW_UP_ROUTES = {
  /** Every follow-up of the plan's activities, oldest first (readers). */
  list: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/follow-up',
    params: documentParams,
    response: z.object({ entries: z.array(followUpEntrySchema) }),
  }),
  /**
   * Records one follow-up (editors; the plan must have an approved version). 201 with the entry;
   * 200 with the stored entry when one with that id was stored before (a device sending again).
   */
  record: defineRoute({
    method: 'POST',
    path: '/api/documents/:id/follow-up',
    params: documentParams,
    body: recordFollowUpRequestSchema,
    response: z.object({ entry: followUpEntrySchema }),
    status: 201,
  }),
  /** The follow-up report of the plan for a period, as PDF. */
  reportPdf: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/follow-up/report.pdf',
    params: documentParams,
    query: followUpPeriodSchema,
    response: 'file',
  }),
  /** The same report as a spreadsheet (XLSX). */
  reportXlsx: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/follow-up/report.xlsx',
    params: documentParams,
    query: followUpPeriodSchema,
    response: 'file',
  }),
} as const
