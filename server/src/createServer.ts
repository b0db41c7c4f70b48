import { randomBytes } from 'node:crypto'
import { HTTP_LIMITS, NOTICE_TOPICS, parseDocumentId, type HttpLimits } from '@samskriv/shared'
import { AccountAdministration } from './accounts/AccountAdministration.js'
import { AccountService } from './accounts/AccountService.js'
import { annotationRules } from './annotations/annotationRules.js'
import { RelayTokens } from './accounts/RelayTokens.js'
import { metaRules } from './documents/metaUpdateProblem.js'
import { ApprovalService } from './approval/ApprovalService.js'
import { ExportRenderer } from './exports/ExportRenderer.js'
import { VersionExports } from './exports/VersionExports.js'
import { JusteringService } from './approval/JusteringService.js'
import { ProposalService } from './approval/ProposalService.js'
import { AccountSignOff } from './approval/SignOffProvider.js'
import { FollowUpService } from './followUp/FollowUpService.js'
import { TodoService } from './todos/TodoService.js'
import { MentionProjector, relayComments } from './todos/MentionProjector.js'
import { startMail, type MailService } from './mail/startMail.js'
import { todoRoutes } from './http/todoRoutes.js'
import { historyRoutes } from './http/historyRoutes.js'
import { HistoryService } from './history/HistoryService.js'
import { startDraftHistory } from './history/startDraftHistory.js'
import { GroupService } from './groups/GroupService.js'
import { followUpRoutes } from './http/followUpRoutes.js'
import { adminRoutes } from './http/adminRoutes.js'
import { approvalRoutes } from './http/approvalRoutes.js'
import { authRoutes } from './http/authRoutes.js'
import { requestUser, SESSION_COOKIE } from './http/requestUser.js'
import type { Logger } from './Logger.js'
import { Policy } from './policy/Policy.js'
import { relayAuthentication, relayRecheck, storedLock } from './relay/relayAuthentication.js'
import { DocumentProjector } from './documents/DocumentProjector.js'
import { DocumentService } from './documents/DocumentService.js'
import { DocumentSearch } from './search/DocumentSearch.js'
import { searchRoutes } from './http/searchRoutes.js'
import { RegisterProjector, registersOf, type ReadRegisters } from './documents/RegisterProjector.js'
import { clientRoutes } from './http/clientRoutes.js'
import { documentRoutes } from './http/documentRoutes.js'
import { handleApiError } from './http/handleApiError.js'
import { healthRoutes } from './http/healthRoutes.js'
import { registerRoutes } from './http/registerRoutes.js'
import { securityHeaders } from './http/securityHeaders.js'
import { InProcessHub } from './relay/bus/InProcessBus.js'
import { sharedRateLimitStore } from './http/sharedRateLimitStore.js'
import { setupGate } from './http/setupGate.js'
import { SiteGuard } from './http/SiteGuard.js'
import { createFastify } from './http/createFastify.js'
import { Audiences } from './notices/Audiences.js'
import { auditNotice } from './notices/auditNotices.js'
import { NoticeBroadcast } from './notices/NoticeBroadcast.js'
import { NoticeHub } from './notices/NoticeHub.js'
import { observeAudit } from './notices/observeAudit.js'
import { Relay } from './relay/Relay.js'
import type { SamskrivServer, ServerOptions } from './serverOptions.js'

export type { SamskrivServer, ServerOptions } from './serverOptions.js'

/** The value of one cookie in a Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

/** Wires storage, relay, document list and HTTP routes into one server. */
export async function createServer(options: ServerOptions): Promise<SamskrivServer> {
  const app = createFastify(options)
  const log: Logger = app.log
  const httpLimits: HttpLimits = { ...HTTP_LIMITS, ...options.httpLimits }
  // Whatever is audited is also what people's apps are told changed (see auditNotices).
  let mail: MailService | null = null
  const storage = observeAudit(options.storage, (entry) => {
    void tellApps(entry)
    mail?.notifier.noteAudit(entry)
  })
  const policy = new Policy(storage.accounts, options.openMode ?? false)
  const site = new SiteGuard(options.publicUrl)
  const tokens = new RelayTokens(options.signingKey ?? new Uint8Array(randomBytes(32)))
  const sessionsEnded = (userId: string, sessionIds: readonly string[] | null) => {
    relay.endSessions(userId, sessionIds)
    notices.endSessions(userId, sessionIds)
  }
  const accountService = new AccountService(storage.accounts, storage.audit, undefined, sessionsEnded)
  const administration = new AccountAdministration(storage.accounts, storage.audit, sessionsEnded, (userId) =>
    relay.reconsiderPerson(userId),
  )
  const audiences = new Audiences(storage.accounts, policy)
  const notices = new NoticeHub({
    log,
    admit: async (request) => {
      if (site.problem(request.headers, true) !== null) return { status: 403, reason: 'Not this site.' }
      const token = cookieValue(request.headers.cookie, SESSION_COOKIE)
      const signedIn = token === null ? null : await accountService.signedIn(token)
      if (signedIn) return { userId: signedIn.user.id, sessionId: signedIn.session.id }
      return (await policy.authRequired())
        ? { status: 401, reason: 'Sign in first.' }
        : { userId: null, sessionId: null }
    },
  })
  // One bus for the relay and the notices: what one process tells reaches every other one.
  const bus = options.bus ? await options.bus(log) : new InProcessHub().connect()
  const broadcast = new NoticeBroadcast(notices, bus)
  async function tellApps(entry: Parameters<typeof auditNotice>[0]): Promise<void> {
    const notice = auditNotice(entry)
    if (notice === null) return
    try {
      if (notice.about === 'person') {
        broadcast.publish([notice.userId], notice.topics)
        return
      }
      const document = await storage.catalog.get(notice.documentId)
      broadcast.publish(await audiences.readersOf(document?.groupId ?? null), notice.topics)
    } catch (error) {
      log.error({ error: String(error) }, 'notices: could not tell the apps')
    }
  }
  const projector = new DocumentProjector(storage.catalog, log)
  const relayJudges = { policy, tokens, accounts: storage.accounts, sessions: accountService, catalog: storage.catalog }
  const comments = annotationRules({ ...(options.limits ? { limits: options.limits } : {}) })
  const relay: Relay = new Relay({
    store: storage.updates,
    log,
    bus,
    authenticate: relayAuthentication(relayJudges),
    recheck: relayRecheck(relayJudges),
    refuseUpgrade: (request) => {
      const problem = site.problem(request.headers, true)
      return problem === null ? null : `${problem === 'host' ? 'Host' : 'Origin'} is not this server`
    },
    loadLock: storedLock(storage.catalog, storage.approvals),
    rules: (room) => (room.kind === 'annotations' ? comments : metaRules),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.compactAfterEntries ? { compactAfterEntries: options.compactAfterEntries } : {}),
    onCommitted: (room, doc, writers) => {
      projector.noteCommitted(room, doc)
      registers.noteCommitted(room)
      if (room.kind === 'content') history.scheduler.noteCommitted(room.documentId, writers)
      mentions.noteCommitted(room)
    },
    onUnload: (room, doc, seq) => {
      registers.noteUnloaded(room, doc, seq)
      if (room.kind === 'content') history.scheduler.noteUnloaded(room.documentId, doc)
    },
  })
  const history = startDraftHistory({
    catalog: storage.catalog,
    snapshots: storage.snapshots,
    read: (room, reader) => relay.read(room, reader),
    onTaken: (document) => {
      void audiences
        .readersOf(document.groupId)
        .then((readers) => broadcast.publish(readers, [NOTICE_TOPICS.history(document.id)]))
        .catch((error: unknown) => log.error({ error: String(error) }, 'notices: could not tell the apps'))
    },
    ...(options.historyQuietMs !== undefined ? { quietMs: options.historyQuietMs } : {}),
    log,
  })
  const readRegisters: ReadRegisters = (id) => {
    const documentId = parseDocumentId(id)
    if (!documentId) return Promise.resolve({ registers: { decisions: [], activities: [] }, seq: 0 })
    return relay.read({ documentId, kind: 'content' }, (doc, seq) => ({ registers: registersOf(id, doc), seq }))
  }
  const registers = new RegisterProjector(storage.registers, readRegisters, log)
  const mentions = new MentionProjector(
    storage,
    policy,
    relayComments(relay),
    (document, changes) => {
      broadcast.publish(changes.affected, [NOTICE_TOPICS.todos])
      mail?.notifier.noteMentions(document, changes.added)
    },
    log,
  )
  const service = new DocumentService(storage.catalog, relay, storage.audit)
  const approvals = new ApprovalService(storage, relay, policy)
  const justering = new JusteringService(storage, relay, policy, approvals, new AccountSignOff())
  const proposals = new ProposalService(storage, relay, policy, undefined, httpLimits)
  const renderer = new ExportRenderer(httpLimits)
  const exports = new VersionExports(storage.exports, renderer)
  const followUps = new FollowUpService(storage, policy)
  const todos = new TodoService(storage, policy)
  let boundBase = 'http://localhost'
  if (options.mail) {
    const linkBase = () => options.publicUrl ?? boundBase
    mail = startMail(options.mail, { storage, policy, todos, log, linkBase })
  }
  const groups = new GroupService(storage.accounts, storage.audit, (userId, groupId) => {
    void storage.catalog.list({ trashed: false }).then((records) => {
      relay.reconsider(userId, new Set(records.filter((r) => r.groupId === groupId).map((r) => r.id)))
    })
  })

  // Only JSON is accepted; other content types get 415 instead of reaching a handler as text.
  app.removeContentTypeParser('text/plain')
  app.setErrorHandler(handleApiError)
  securityHeaders(app)
  await requestUser(app, accountService, site)
  setupGate(app, policy)
  healthRoutes(app, storage, relay)
  await authRoutes(app, {
    service: accountService,
    accounts: storage.accounts,
    policy,
    site,
    rateLimitStore: options.rateLimitRedis && sharedRateLimitStore(options.rateLimitRedis),
  })
  adminRoutes(app, {
    accounts: storage.accounts,
    administration,
    groups,
    audit: storage.audit,
    catalog: storage.catalog,
    policy,
    site,
  })
  documentRoutes(app, {
    service,
    policy,
    accounts: storage.accounts,
    tokens,
    usage: storage.usage,
    documentsPerHour: httpLimits.documentsPerPersonPerHour,
  })
  approvalRoutes(app, { approvals, justering, proposals, exports, policy })
  registerRoutes(app, storage.registers, policy)
  followUpRoutes(app, { followUps, policy })
  todoRoutes(app, { todos, policy, todosChanged: (userId) => broadcast.publish([userId], [NOTICE_TOPICS.todos]) })
  searchRoutes(app, { search: new DocumentSearch(storage.catalog, storage.updates), policy })
  historyRoutes(app, { history: new HistoryService(storage, policy), policy })
  await clientRoutes(app, options.clientDir)
  app.server.on('upgrade', (request, socket, head) => {
    if (NoticeHub.handles(request)) notices.handleUpgrade(request, socket, head)
    else relay.handleUpgrade(request, socket, head)
  })
  // Registers behind their documents (a crash between a commit and its projection) catch up.
  void registers.catchUp()

  let closed: Promise<void> | null = null
  const setupToken = await accountService.prepareSetup()
  return {
    app,
    relay,
    setupToken,
    accounts: accountService,
    notices,
    mail,
    async listen(port, host) {
      await app.listen({ port, host })
      const address = app.server.address()
      if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.')
      boundBase = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${address.port}`
      mail?.start()
      return address.port
    },
    close() {
      closed ??= (async () => {
        notices.close()
        await relay.close()
        await history.close()
        await renderer.close()
        await app.close()
        await projector.flush()
        await registers.flush()
        await mentions.flush()
        await mail?.close()
        await storage.close()
      })()
      return closed
    },
  }
}
