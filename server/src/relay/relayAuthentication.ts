import { CloseCode, type LockState, type Room } from '@samskriv/shared'
import type { AccountService } from '../accounts/AccountService.js'
import type { RelayTokens } from '../accounts/RelayTokens.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import type { ApprovalStore } from '../storage/ApprovalStore.js'
import type { DocumentCatalog } from '../storage/Storage.js'
import type { RelayAuthentication } from './Relay.js'

/**
 * Authenticates relay connections with the `?token=` from `GET /api/documents/:id/token`: 4401 for
 * none, a wrong or an expired one, or one whose session has ended (fetch a new one, or sign in
 * again), and for everyone while the server is being set up; 4403 for a person without access.
 * The policy decides what the connection may do. In open mode everyone may.
 */
export function relayAuthentication(deps: {
  policy: Policy
  tokens: RelayTokens
  accounts: AccountStore
  sessions: Pick<AccountService, 'sessionValid'>
  catalog: DocumentCatalog
}): (input: { room: Room; token: string | null }) => Promise<RelayAuthentication> {
  return async ({ room, token }) => {
    const document = await deps.catalog.get(room.documentId)
    const mode = await deps.policy.mode()
    if (mode === 'setup') return { ok: false, code: CloseCode.unauthorized, reason: 'setup required' }
    if (mode === 'open') {
      const access = await deps.policy.relayAccess(null, document, room.kind)
      return access
        ? { ok: true, access, identity: null }
        : { ok: false, code: CloseCode.forbidden, reason: 'no access' }
    }
    if (token === null) return { ok: false, code: CloseCode.unauthorized, reason: 'token required' }
    const verified = await deps.tokens.verify(token, room.documentId)
    if ('problem' in verified) return { ok: false, code: CloseCode.unauthorized, reason: `token ${verified.problem}` }
    const user = await deps.accounts.userById(verified.userId)
    if (!user || user.disabledAt !== null) return { ok: false, code: CloseCode.unauthorized, reason: 'unknown account' }
    if (!(await deps.sessions.sessionValid(user.id, verified.sessionId)))
      return { ok: false, code: CloseCode.unauthorized, reason: 'session ended' }
    const access = await deps.policy.relayAccess(user, document, room.kind)
    if (!access) return { ok: false, code: CloseCode.forbidden, reason: 'no access to this document' }
    return { ok: true, access, identity: { userId: user.id, sessionId: verified.sessionId, name: user.name } }
  }
}

/** A document's stored lock, as the relay enforces it. */
export function storedLock(catalog: DocumentCatalog, approvals: ApprovalStore) {
  return async (room: Room): Promise<{ lock: LockState; revision: number }> => {
    const record = await catalog.get(room.documentId)
    if (!record || room.kind !== 'content') return { lock: { state: 'draft' }, revision: record?.revision ?? 1 }
    if (record.status === 'approved' && record.approvedVersion !== null) {
      return { lock: { state: 'approved', version: record.approvedVersion }, revision: record.revision }
    }
    if (record.status === 'justering') {
      const round = (await approvals.currentJustering(room.documentId))?.round ?? 1
      return { lock: { state: 'frozen', round }, revision: record.revision }
    }
    return { lock: { state: 'draft' }, revision: record.revision }
  }
}
