import type { FastifyInstance } from 'fastify'
import { FOLLOW_UP_ROUTES, type FollowUpEntry } from '@samskriv/shared'
import type { FollowUpService } from '../followUp/FollowUpService.js'
import type { Policy } from '../policy/Policy.js'
import { followUpReport, followUpTable } from '../reports/followUpReport.js'
import { renderFollowUpPdf } from '../reports/renderFollowUpPdf.js'
import { writeXlsx } from '../reports/writeXlsx.js'
import type { FollowUpRecord } from '../storage/FollowUpStore.js'
import { sendFile } from './sendFile.js'
import { serveRoute } from './serveRoute.js'
import { requireUser } from './requestUser.js'

const presentFollowUp = (entry: FollowUpRecord): FollowUpEntry => entry as FollowUpEntry

/** The follow-up of approved action plans: its log, new entries, and the report as PDF and XLSX. */
export function followUpRoutes(app: FastifyInstance, deps: { followUps: FollowUpService; policy: Policy }): void {
  const { followUps, policy } = deps

  serveRoute(app, FOLLOW_UP_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    return { entries: (await followUps.list(user, params.id)).map(presentFollowUp) }
  })

  serveRoute(app, FOLLOW_UP_ROUTES.record, async ({ params, body, request, reply }) => {
    const user = await requireUser(request, policy)
    const { entry, created } = await followUps.record(user, params.id, body)
    // A device sending an entry again is answered with the stored one, as 200.
    if (!created) void reply.code(200)
    return { entry: presentFollowUp(entry) }
  })

  serveRoute(app, FOLLOW_UP_ROUTES.reportPdf, async ({ params, query, request, reply }) => {
    const { version, entries } = await followUps.reportData(await requireUser(request, policy), params.id)
    const report = followUpReport(version, entries, query, new Date())
    return sendFile(reply, await renderFollowUpPdf(report), 'application/pdf', `uppfoljning-${version.title}.pdf`)
  })

  serveRoute(app, FOLLOW_UP_ROUTES.reportXlsx, async ({ params, query, request, reply }) => {
    const { version, entries } = await followUps.reportData(await requireUser(request, policy), params.id)
    const report = followUpReport(version, entries, query, new Date())
    const file = await writeXlsx([followUpTable(report)])
    return sendFile(
      reply,
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `uppfoljning-${version.title}.xlsx`,
    )
  })
}
