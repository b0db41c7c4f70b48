import type { FastifyInstance } from 'fastify'
import {
  createProposalQuerySchema,
  HTTP_LIMITS,
  JUSTERING_ROUTES,
  PROPOSAL_ROUTES,
  SIGNER_ROUTES,
  VERSION_ROUTES,
  type JSONContent,
} from '@samskriv/shared'
import type { ApprovalService } from '../approval/ApprovalService.js'
import type { JusteringService } from '../approval/JusteringService.js'
import type { ProposalService } from '../approval/ProposalService.js'
import type { VersionExports } from '../exports/VersionExports.js'
import type { Policy } from '../policy/Policy.js'
import { parseInput } from './parseInput.js'
import { presentJustering, presentProposal, presentVersion } from './presentApproval.js'
import { requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** Versions, approval, justering and proposals of a document. */
export function approvalRoutes(
  app: FastifyInstance,
  deps: {
    approvals: ApprovalService
    justering: JusteringService
    proposals: ProposalService
    exports: VersionExports
    policy: Policy
  },
): void {
  const { approvals, justering, proposals, exports, policy } = deps

  serveRoute(app, VERSION_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    const versions = await approvals.listVersions(user, params.id)
    return { versions: versions.map(presentVersion) }
  })

  serveRoute(app, VERSION_ROUTES.get, async ({ params: { id, number }, request }) => {
    const user = await requireUser(request, policy)
    const version = await approvals.getVersion(user, id, number)
    return { ...presentVersion(version), body: JSON.parse(version.bodyJson) as JSONContent }
  })

  serveRoute(app, VERSION_ROUTES.export, async ({ params: { id, number, format }, request, reply }) => {
    const user = await requireUser(request, policy)
    const file = await exports.file(await approvals.getVersion(user, id, number), format)
    return reply
      .type(file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'private, max-age=31536000, immutable')
      .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength))
  })

  serveRoute(app, VERSION_ROUTES.approve, async ({ params, body, request }) => {
    const user = await requireUser(request, policy)
    return presentVersion(await approvals.approve(user, params.id, body))
  })

  serveRoute(app, VERSION_ROUTES.openRevision, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    return { revision: await approvals.openRevision(user, params.id) }
  })

  serveRoute(app, SIGNER_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    const signers = await justering.signers(user, params.id)
    return { signers: signers.map((s) => ({ id: s.id, name: s.name, email: s.email })) }
  })

  serveRoute(app, JUSTERING_ROUTES.get, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    const round = await justering.current(user, params.id)
    return { justering: round ? presentJustering(round) : null }
  })

  serveRoute(app, JUSTERING_ROUTES.start, async ({ params, body, request }) => {
    const user = await requireUser(request, policy)
    const round = await justering.start(user, params.id, body)
    return { justering: presentJustering((await justering.current(user, round.documentId))!) }
  })

  serveRoute(app, JUSTERING_ROUTES.confirm, async ({ params, body: { hash }, request }) => {
    const user = await requireUser(request, policy)
    return { justering: presentJustering(await justering.confirm(user, params.id, hash)) }
  })

  serveRoute(app, JUSTERING_ROUTES.sendBack, async ({ params, body: { comment }, request }) => {
    const user = await requireUser(request, policy)
    return { justering: presentJustering(await justering.sendBack(user, params.id, comment)) }
  })

  serveRoute(app, PROPOSAL_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    return { proposals: (await proposals.list(user, params.id)).map(presentProposal) }
  })

  // Room for the largest proposal in base64 (4/3 of it) and the JSON around it; a larger proposal
  // that still fits is answered 413 proposal_too_large by the service, a larger body 413 too.
  const proposalBodyLimit = Math.ceil((HTTP_LIMITS.maxProposalBytes * 4) / 3) + 64 * 1024
  // The update itself as the body (Samskriv's client), or base64 in JSON.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  )
  serveRoute(
    app,
    PROPOSAL_ROUTES.create,
    async ({ params, query, body, request }) => {
      const user = await requireUser(request, policy)
      const input =
        body instanceof Uint8Array
          ? {
              ...parseInput(createProposalQuerySchema, query, 'proposal'),
              update: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
            }
          : { ...body, update: new Uint8Array(Buffer.from(body.update, 'base64')) }
      return presentProposal(await proposals.create(user, params.id, input))
    },
    { bodyLimit: proposalBodyLimit * 2 },
  )

  serveRoute(app, PROPOSAL_ROUTES.apply, async ({ params: { id, proposalId }, request }) => {
    const user = await requireUser(request, policy)
    await proposals.apply(user, id, proposalId)
    return { ok: true as const }
  })

  serveRoute(app, PROPOSAL_ROUTES.dismiss, async ({ params: { id, proposalId }, request }) => {
    const user = await requireUser(request, policy)
    await proposals.dismiss(user, id, proposalId)
    return { ok: true as const }
  })
}
