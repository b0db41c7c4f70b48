import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  linkedActivities,
  REGISTER_EXPORT_MAX_ROWS,
  REGISTER_EXPORT_ROUTES,
  REGISTER_ROUTES,
  type ActivityQuery,
  type DecisionQuery,
  type DecisionRow,
} from '@samskriv/shared'
import { activityTable, decisionTable } from '../reports/registerTables.js'
import type { ReportTable } from '../reports/ReportTable.js'
import { swedishDay } from '../reports/swedishDay.js'
import { writeCsv } from '../reports/writeCsv.js'
import { writeXlsx } from '../reports/writeXlsx.js'
import type { RegisterPage, RegisterScope, RegisterStore } from '../storage/Storage.js'
import type { Policy } from '../policy/Policy.js'
import { ApiRequestError } from './ApiRequestError.js'
import { requireUser } from './requestUser.js'
import { sendFile } from './sendFile.js'
import { serveRoute } from './serveRoute.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Decisions with their follow-up (the activities linked to each). */
async function withFollowUp(
  registers: RegisterStore,
  page: RegisterPage<DecisionRow | Omit<DecisionRow, 'activities'>>,
  scope: RegisterScope,
): Promise<DecisionRow[]> {
  const linked = await registers.activitiesForDecisions(
    page.entries.map((d) => d.id),
    scope,
  )
  const byDecision = linkedActivities(linked)
  return page.entries.map((d) => ({ ...d, activities: d.id === '' ? [] : (byDecision.get(d.id) ?? []) }))
}

/** Every match of an export's filters, or 422 when there are more than one export holds. */
function allOf<T>(page: RegisterPage<T>): T[] {
  if (page.total > REGISTER_EXPORT_MAX_ROWS) {
    throw new ApiRequestError(
      422,
      'export_too_large',
      `The filters match ${page.total} rows; an export holds at most ${REGISTER_EXPORT_MAX_ROWS}. Narrow the filters.`,
    )
  }
  return page.entries
}

/** Sends a register's table as CSV or XLSX, named for the register and today's date. */
async function sendTable(reply: FastifyReply, table: ReportTable, name: string, format: 'csv' | 'xlsx') {
  const fileName = `${name}-${swedishDay(new Date())}.${format}`
  if (format === 'csv') return sendFile(reply, writeCsv(table), 'text/csv; charset=utf-8', fileName)
  return sendFile(reply, await writeXlsx([table]), XLSX, fileName)
}

/**
 * `GET /api/decisions` (beslutsregister, with each decision's linked activities) and
 * `GET /api/activities` (aktivitetsöversikt); filters and paging as query parameters. Both as CSV
 * and XLSX too, with the same filters (`REGISTER_EXPORT_ROUTES`).
 */
export function registerRoutes(app: FastifyInstance, registers: RegisterStore, policy: Policy): void {
  serveRoute(app, REGISTER_ROUTES.decisions, async ({ query, request }) => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const page = await registers.queryDecisions(query, scope)
    return { decisions: await withFollowUp(registers, page, scope), total: page.total }
  })

  serveRoute(app, REGISTER_ROUTES.activities, async ({ query, request }) => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const page = await registers.queryActivities(query, scope)
    return { activities: page.entries, total: page.total }
  })

  // Every match of the filters, no paging.
  const all = { limit: REGISTER_EXPORT_MAX_ROWS, offset: 0 }
  const decisionsOf = async (request: FastifyRequest, filters: Omit<DecisionQuery, 'limit' | 'offset'>) => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const page = await registers.queryDecisions({ ...filters, ...all }, scope)
    allOf(page)
    return decisionTable(await withFollowUp(registers, page, scope))
  }
  const activitiesOf = async (request: FastifyRequest, filters: Omit<ActivityQuery, 'limit' | 'offset'>) => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    return activityTable(allOf(await registers.queryActivities({ ...filters, ...all }, scope)))
  }
  const { decisionsCsv, decisionsXlsx, activitiesCsv, activitiesXlsx } = REGISTER_EXPORT_ROUTES
  serveRoute(app, decisionsCsv, async ({ query, request, reply }) =>
    sendTable(reply, await decisionsOf(request, query), 'beslutsregister', 'csv'),
  )
  serveRoute(app, decisionsXlsx, async ({ query, request, reply }) =>
    sendTable(reply, await decisionsOf(request, query), 'beslutsregister', 'xlsx'),
  )
  serveRoute(app, activitiesCsv, async ({ query, request, reply }) =>
    sendTable(reply, await activitiesOf(request, query), 'aktivitetsoversikt', 'csv'),
  )
  serveRoute(app, activitiesXlsx, async ({ query, request, reply }) =>
    sendTable(reply, await activitiesOf(request, query), 'aktivitetsoversikt', 'xlsx'),
  )
}
