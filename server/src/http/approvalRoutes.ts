import type { FastifyInstance } from 'fastify'
import {
  approveRequestSchema,
  confirmJusteringRequestSchema,
  createProposalQuerySchema,
  createProposalRequestSchema,
  documentIdSchema,
  HTTP_LIMITS,
  returnJusteringRequestSchema,
  SIGNER_ROUTES,
  startJusteringRequestSchema,
  type JSONContent,
} from '@samskriv/shared'
import { z } from 'zod'
import type { ApprovalService } from '../approval/ApprovalService.js'
import { EXPORT_FORMATS } from '../approval/exportFormats.js'
import type { JusteringService } from '../approval/JusteringService.js'
import type { ProposalService } from '../approval/ProposalService.js'
import type { VersionExports } from '../exports/VersionExports.js'
import type { Policy } from '../policy/Policy.js'
import { parseInput } from './parseInput.js'
import { presentJustering, presentProposal, presentVersion } from './presentApproval.js'
import { requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

const paths = z.object({
  id: documentIdSchema,
  number: z.coerce.number().int().positive().optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
  proposalId: z.string().min(1).max(64).optional(),
})

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
  const params = (value: unknown) => parseInput(paths, value, 'path')

  app.get('/api/documents/:id/versions', async (request) => {
    const user = await requireUser(request, policy)
    const versions = await approvals.listVersions(user, params(request.params).id)
    return { versions: versions.map(presentVersion) }
  })

  app.get('/api/documents/:id/versions/:number', async (request) => {
    const user = await requireUser(request, policy)
    const { id, number } = params(request.params)
    const version = await approvals.getVersion(user, id, number!)
    return { ...presentVersion(version), body: JSON.parse(version.bodyJson) as JSONContent }
  })

  app.get('/api/documents/:id/versions/:number/export.:format', async (request, reply) => {
    const user = await requireUser(request, policy)
    const { id, number, format } = params(request.params)
    const file = await exports.file(await approvals.getVersion(user, id, number!), format!)
    return reply
      .type(file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'private, max-age=31536000, immutable')
      .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength))
  })

  app.post('/api/documents/:id/approve', async (request, reply) => {
    const user = await requireUser(request, policy)
    const input = parseInput(approveRequestSchema, request.body, 'approval')
    const version = await approvals.approve(user, params(request.params).id, input)
    return reply.code(201).send(presentVersion(version))
  })

  app.post('/api/documents/:id/revisions', async (request, reply) => {
    const user = await requireUser(request, policy)
    const revision = await approvals.openRevision(user, params(request.params).id)
    return reply.code(201).send({ revision })
  })

  serveRoute(app, SIGNER_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    const signers = await justering.signers(user, params.id)
    return { signers: signers.map((s) => ({ id: s.id, name: s.name, email: s.email })) }
  })

  app.get('/api/documents/:id/justering', async (request) => {
    const user = await requireUser(request, policy)
    const round = await justering.current(user, params(request.params).id)
    return { justering: round ? presentJustering(round) : null }
  })

  app.post('/api/documents/:id/justering', async (request, reply) => {
    const user = await requireUser(request, policy)
    const input = parseInput(startJusteringRequestSchema, request.body, 'justering')
    const round = await justering.start(user, params(request.params).id, input)
    return reply.code(201).send({ justering: presentJustering((await justering.current(user, round.documentId))!) })
  })

  app.post('/api/documents/:id/justering/confirm', async (request) => {
    const user = await requireUser(request, policy)
    const { hash } = parseInput(confirmJusteringRequestSchema, request.body, 'confirmation')
    return { justering: presentJustering(await justering.confirm(user, params(request.params).id, hash)) }
  })

  app.post('/api/documents/:id/justering/return', async (request) => {
    const user = await requireUser(request, policy)
    const { comment } = parseInput(returnJusteringRequestSchema, request.body, 'send-back')
    return { justering: presentJustering(await justering.sendBack(user, params(request.params).id, comment)) }
  })

  app.get('/api/documents/:id/proposals', async (request) => {
    const user = await requireUser(request, policy)
    return { proposals: (await proposals.list(user, params(request.params).id)).map(presentProposal) }
  })

  // Room for the largest proposal in base64 (4/3 of it) and the JSON around it; a larger proposal
  // that still fits is answered 413 proposal_too_large by the service, a larger body 413 too.
  const proposalBodyLimit = Math.ceil((HTTP_LIMITS.maxProposalBytes * 4) / 3) + 64 * 1024
  // The update itself as the body (Samskriv's client), or base64 in JSON.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  )
  app.post('/api/documents/:id/proposals', { bodyLimit: proposalBodyLimit * 2 }, async (request, reply) => {
    const user = await requireUser(request, policy)
    let input: { baseRevision: number; update: Uint8Array; summary: string }
    if (Buffer.isBuffer(request.body)) {
      const query = parseInput(createProposalQuerySchema, request.query, 'proposal')
      input = {
        ...query,
        update: new Uint8Array(request.body.buffer, request.body.byteOffset, request.body.byteLength),
      }
    } else {
      const json = parseInput(createProposalRequestSchema, request.body, 'proposal')
      input = { ...json, update: new Uint8Array(Buffer.from(json.update, 'base64')) }
    }
    const proposal = await proposals.create(user, params(request.params).id, input)
    return reply.code(201).send(presentProposal(proposal))
  })

  app.post('/api/documents/:id/proposals/:proposalId/apply', async (request) => {
    const user = await requireUser(request, policy)
    const { id, proposalId } = params(request.params)
    await proposals.apply(user, id, proposalId!)
    return { ok: true }
  })

  app.post('/api/documents/:id/proposals/:proposalId/dismiss', async (request) => {
    const user = await requireUser(request, policy)
    const { id, proposalId } = params(request.params)
    await proposals.dismiss(user, id, proposalId!)
    return { ok: true }
  })
}
