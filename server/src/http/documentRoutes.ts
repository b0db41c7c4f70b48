import type { FastifyInstance, FastifyRequest } from 'fastify'
import { DOCUMENT_ROUTES, type DocumentAction, type DocumentId } from '@samskriv/shared'
import type { RelayTokens } from '../accounts/RelayTokens.js'
import { claimDocumentCreation } from '../limits/claimDocumentCreation.js'
import type { DocumentService } from '../documents/DocumentService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import type { DocumentRecord, UsageLog } from '../storage/Storage.js'
import { ApiRequestError } from './ApiRequestError.js'
import { presentDocument } from './presentDocument.js'
import { requireAdmin, requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** `/api/documents`: list, create, read, rename, move to trash, restore, and relay tokens. */
export function documentRoutes(
  app: FastifyInstance,
  deps: {
    service: DocumentService
    policy: Policy
    accounts: AccountStore
    tokens: RelayTokens
    usage: UsageLog
    /** `HTTP_LIMITS.documentsPerPersonPerHour`, or a test's. */
    documentsPerHour: number
  },
): void {
  const { service, policy, accounts, tokens } = deps

  /**
   * The document, if the person may do the action. 404 when there is no such document, 403
   * `no_access` when they may not even read it: document ids are random (126 bits) and given only
   * by link, so saying that one exists tells nothing of its content, and people are told whether to
   * check the link or to ask for access.
   */
  async function allowed(request: FastifyRequest, id: DocumentId, action: DocumentAction): Promise<DocumentRecord> {
    const user = await requireUser(request, policy)
    const document = await service.get(id)
    if (!document) throw new ApiRequestError(404, 'not_found', 'No document has that id.')
    if (!(await policy.can(user, 'read', document))) {
      throw new ApiRequestError(403, 'no_access', 'You may not read this document.')
    }
    if (await policy.can(user, action, document)) return document
    if (
      (action === 'edit' || action === 'rename') &&
      (await policy.can(user, action, { ...document, status: 'draft' }))
    )
      throw new ApiRequestError(409, 'locked', 'The document is locked: it is in justering or approved.')
    if (action === 'trash' || action === 'restore')
      throw new ApiRequestError(403, 'forbidden', 'Only coordinators move approved documents to and from the trash.')
    throw new ApiRequestError(403, 'forbidden', `Your role does not allow you to ${action} this document.`)
  }

  serveRoute(app, DOCUMENT_ROUTES.list, async ({ query, request }) => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const records = await service.list(query.trashed === 'true')
    const visible = scope === 'all' ? records : records.filter((r) => r.groupId !== null && scope.includes(r.groupId))
    return { documents: visible.map(presentDocument) }
  })

  serveRoute(app, DOCUMENT_ROUTES.create, async ({ body: input, request, reply }) => {
    const user = await requireUser(request, policy)
    if (input.groupId !== undefined && !(await accounts.getGroup(input.groupId))) {
      throw new ApiRequestError(400, 'invalid_request', 'No group has that id.')
    }
    if ((await policy.authRequired()) && input.groupId === undefined) {
      throw new ApiRequestError(400, 'invalid_request', 'Choose the group that owns the document.')
    }
    if (!(await policy.canCreateIn(user, input.groupId ?? null))) {
      throw new ApiRequestError(403, 'forbidden', 'You may not create documents in that group.')
    }
    const existing = input.id ? await service.get(input.id) : null
    if (existing && !(await policy.can(user, 'read', existing)))
      throw new ApiRequestError(409, 'conflict', 'That id is taken.')
    if (!existing && user) await claimDocumentCreation(deps.usage, user.id, new Date(), deps.documentsPerHour)
    const { created, document } = await service.create(input, user)
    if (!created) void reply.code(200)
    return presentDocument(document)
  })

  serveRoute(app, DOCUMENT_ROUTES.get, async ({ params, request }) =>
    presentDocument(await allowed(request, params.id, 'read')),
  )

  serveRoute(app, DOCUMENT_ROUTES.rename, async ({ params, body: { title }, request }) => {
    const document = await allowed(request, params.id, 'rename')
    const renamed = await service.rename(document.id as Parameters<DocumentService['rename']>[0], title, request.user)
    if (!renamed) throw new ApiRequestError(404, 'not_found', 'No document has that id.')
    return presentDocument(renamed)
  })

  serveRoute(app, DOCUMENT_ROUTES.moveToGroup, async ({ params, body: { groupId }, request }) => {
    const user = requireAdmin(request)
    const document = await allowed(request, params.id, 'read')
    if (!(await accounts.getGroup(groupId))) throw new ApiRequestError(400, 'invalid_request', 'No group has that id.')
    const moved = await service.moveToGroup(document.id, groupId, user)
    return presentDocument(moved ?? document)
  })

  serveRoute(app, DOCUMENT_ROUTES.trash, async ({ params, request }) => {
    // Moving to the trash hides, never changes; an approved document's versions and decisions stay listed.
    const document = await allowed(request, params.id, 'trash')
    return presentDocument((await service.trash(params.id, request.user)) ?? document)
  })

  serveRoute(app, DOCUMENT_ROUTES.restore, async ({ params, request }) => {
    const document = await allowed(request, params.id, 'restore')
    return presentDocument((await service.restore(params.id, request.user)) ?? document)
  })

  serveRoute(app, DOCUMENT_ROUTES.meetingPack, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    const document = await allowed(request, params.id, 'read')
    const referenced = await service.referencedDocuments(document.id)
    const plans = (await service.list(false)).filter(
      (r) => r.type === 'actionPlan' && r.groupId !== null && r.groupId === document.groupId,
    )
    const pack: DocumentRecord[] = [document]
    for (const candidate of [...(await Promise.all(referenced.map((id) => service.get(id)))), ...plans]) {
      if (!candidate || candidate.deletedAt !== null || pack.some((p) => p.id === candidate.id)) continue
      if (await policy.can(user, 'read', candidate)) pack.push(candidate)
    }
    return { documents: pack.map(presentDocument) }
  })

  serveRoute(app, DOCUMENT_ROUTES.relayToken, async ({ params, request }) => {
    await requireUser(request, policy)
    const document = await allowed(request, params.id, 'read')
    // Bound to the session: signing out (or being disabled) ends what the token opens.
    return tokens.issue({ userId: request.user?.id ?? '', sessionId: request.session?.id ?? '' }, document.id)
  })
}
