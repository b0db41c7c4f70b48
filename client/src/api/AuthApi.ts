import {
  AUTH_ROUTES,
  DOCUMENT_ROUTES,
  type DocumentId,
  type MeResponse,
  type RelayTokenResponse,
  type Session,
  type User,
} from '@samskriv/shared'
import { callRoute } from './callRoute'
import type { Fetch } from './requestJson'

/** Sign-in, first-start setup, invitations and relay tokens (`/api/auth/*`, `/api/setup`). */
export class AuthApi {
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  /** Who is signed in, and whether the server has accounts at all. */
  me(): Promise<MeResponse> {
    return callRoute(this.fetchImpl, AUTH_ROUTES.me, {})
  }

  /** Signs in (the server sets an HTTP-only cookie). */
  async signIn(email: string, password: string): Promise<User> {
    return (await callRoute(this.fetchImpl, AUTH_ROUTES.login, { body: { email, password } })).user
  }

  /** Signs out. */
  async signOut(): Promise<void> {
    await callRoute(this.fetchImpl, AUTH_ROUTES.logout, {})
  }

  /** Creates the first administrator with the setup token the server printed. */
  async setup(input: { setupToken: string; name: string; email: string; password: string }): Promise<User> {
    return (await callRoute(this.fetchImpl, AUTH_ROUTES.setup, { body: input })).user
  }

  /** An invited person chooses a password (and is signed in). */
  async acceptInvitation(inviteToken: string, password: string): Promise<User> {
    return (await callRoute(this.fetchImpl, AUTH_ROUTES.acceptInvitation, { body: { inviteToken, password } })).user
  }

  /** Changes one's own password; the person's other sessions end. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await callRoute(this.fetchImpl, AUTH_ROUTES.changePassword, { body: { currentPassword, newPassword } })
  }

  /** One's own sessions (browsers and devices signed in). */
  async sessions(): Promise<Session[]> {
    return (await callRoute(this.fetchImpl, AUTH_ROUTES.sessions, {})).sessions
  }

  /** Ends one of one's own sessions. */
  async endSession(id: string): Promise<void> {
    await callRoute(this.fetchImpl, AUTH_ROUTES.endSession, { params: { id } })
  }

  /** A short-lived token to open a relay connection to the document. */
  relayToken(documentId: DocumentId): Promise<RelayTokenResponse> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.relayToken, { params: { id: documentId } })
  }
}
