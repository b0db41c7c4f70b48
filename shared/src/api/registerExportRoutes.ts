import { defineRoute } from './route.js'
import { activityQuerySchema, decisionQuerySchema } from './registersApi.js'

/** The decision register's filters, for an export: every match, no paging. */
export const decisionExportQuerySchema = decisionQuerySchema.omit({ limit: true, offset: true })
/** The activity overview's filters, for an export. */
export const activityExportQuerySchema = activityQuerySchema.omit({ limit: true, offset: true })

/** At most this many rows in one export; more is refused (413) and the filters must narrow it. */
export const REGISTER_EXPORT_MAX_ROWS = 10_000

/**
 * The decision register and the activity overview as files (readers; only what they may read),
 * with the same filters as the lists: CSV for any tool, XLSX for spreadsheets.
 */
export const REGISTER_EXPORT_ROUTES = {
  decisionsCsv: defineRoute({
    method: 'GET',
    path: '/api/decisions/export.csv',
    query: decisionExportQuerySchema,
    response: 'file',
  }),
  decisionsXlsx: defineRoute({
    method: 'GET',
    path: '/api/decisions/export.xlsx',
    query: decisionExportQuerySchema,
    response: 'file',
  }),
  activitiesCsv: defineRoute({
    method: 'GET',
    path: '/api/activities/export.csv',
    query: activityExportQuerySchema,
    response: 'file',
  }),
  activitiesXlsx: defineRoute({
    method: 'GET',
    path: '/api/activities/export.xlsx',
    query: activityExportQuerySchema,
    response: 'file',
  }),
} as const
