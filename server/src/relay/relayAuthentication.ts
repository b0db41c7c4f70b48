import { CloseCode, type LockState, type Room } from '@samskriv/shared'
import type { AccountService } from '../accounts/AccountService.js'
import type { RelayTokens } from '../accounts/RelayTokens.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import type { ApprovalStore } from '../storage/ApprovalStore.js'
import type { DocumentCatalog } from '../storage/Storage.js'
import type { ConnectionIdentity, RelayAuthentication } from './Relay.js'

interface RelayAuthenticationDeps {
  policy: Policy
  tokens: RelayTokens
  accounts: AccountStore
  sessions: Pick<AccountService, 'sessionValid'>
  catalog: DocumentCatalog
}

/**
 * Authenticates relay connections with the `?token=` from `GET /api/documents/:id/token`: 4401 for
 * none, a wrong or an expired one, or one whose session has ended (fetch a new one, or sign in
 * again), and for everyone while the server is being set up; 4403 for a person without access.
 * The policy decides what the connection may do. In open mode everyone may.
 */
export function relayAuthentication(
  deps: RelayAuthenticationDeps,
): (input: { room: Room; token: string | null }) => Promise<RelayAuthentication> {
  return async ({ room, token }) => {
    if ((await deps.policy.mode()) !== 'accounts' || token === null) return admit(deps, room, null)
    const verified = await deps.tokens.verify(token, room.documentId)
    if ('problem' in verified) return { ok: false, code: CloseCode.unauthorized, reason: `token ${verified.problem}` }
    return admit(deps, room, verified)
  }
}

/**
 * Judges an open connection again by what storage holds now (its token was checked when it
 * connected): whether its session and account are still valid and what it may do. For a relay
 * process that may have missed another process's word that someone's access changed.
 */
export function relayRecheck(
  deps: RelayAuthenticationDeps,
): (room: Room, identity: ConnectionIdentity | null) => Promise<RelayAuthentication> {
  return (room, identity) => admit(deps, room, identity)
}

/** Whether a person with this session (null: nobody signed in) may use a room, and how. */
async function admit(
  deps: RelayAuthenticationDeps,
  room: Room,
  who: { userId: string; sessionId: string } | null,
): Promise<RelayAuthentication> {
  const document = await deps.catalog.get(room.documentId)
  const mode = await deps.policy.mode()
  if (mode === 'setup') return { ok: false, code: CloseCode.unauthorized, reason: 'setup required' }
  if (mode === 'open') {
    const access = await deps.policy.relayAccess(null, document, room.kind)
    return access ? { ok: true, access, identity: null } : { ok: false, code: CloseCode.forbidden, reason: 'no access' }
  }
  if (who === null) return { ok: false, code: CloseCode.unauthorized, reason: 'token required' }
  const user = await deps.accounts.userById(who.userId)
  if (!user || user.disabledAt !== null) return { ok: false, code: CloseCode.unauthorized, reason: 'unknown account' }
  if (!(await deps.sessions.sessionValid(user.id, who.sessionId)))
    return { ok: false, code: CloseCode.unauthorized, reason: 'session ended' }
  const access = await deps.policy.relayAccess(user, document, room.kind)
  if (!access) return { ok: false, code: CloseCode.forbidden, reason: 'no access to this document' }
  return { ok: true, access, identity: { userId: user.id, sessionId: who.sessionId, name: user.name } }
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
