import {
  meResponseSchema,
  relayTokenResponseSchema,
  sessionSchema,
  userSchema,
  type Session,
  type DocumentId,
  type MeResponse,
  type RelayTokenResponse,
  type User,
} from '@samskriv/shared'
import { jsonInit } from './jsonInit'
import { requestJson, type Fetch, type ResponseSchema } from './requestJson'
import { anyAnswer, arrayOf, field } from './responseShapes'

const userResponseSchema = field('user', userSchema)

/** Sign-in, first-start setup, invitations and relay tokens (`/api/auth/*`, `/api/setup`). */
export class AuthApi {
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** Who is signed in, and whether the server has accounts at all. */
  me(): Promise<MeResponse> {
    return this.request('/auth/me', { method: 'GET', cache: 'no-store' }, meResponseSchema)
  }

  /** Signs in (the server sets an HTTP-only cookie). */
  signIn(email: string, password: string): Promise<User> {
    return this.request('/auth/login', jsonInit('POST', { email, password }), userResponseSchema)
  }

  /** Signs out. */
  async signOut(): Promise<void> {
    await this.request('/auth/logout', { method: 'POST' }, anyAnswer)
  }

  /** Creates the first administrator with the setup token the server printed. */
  setup(input: { setupToken: string; name: string; email: string; password: string }): Promise<User> {
    return this.request('/setup', jsonInit('POST', input), userResponseSchema)
  }

  /** An invited person chooses a password (and is signed in). */
  acceptInvitation(inviteToken: string, password: string): Promise<User> {
    return this.request('/auth/invitations/accept', jsonInit('POST', { inviteToken, password }), userResponseSchema)
  }

  /** Changes one's own password; the person's other sessions end. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.request('/auth/password', jsonInit('POST', { currentPassword, newPassword }), anyAnswer)
  }

  /** One's own sessions (browsers and devices signed in). */
  sessions(): Promise<Session[]> {
    return this.request(
      '/auth/sessions',
      { method: 'GET', cache: 'no-store' },
      field('sessions', arrayOf(sessionSchema)),
    )
  }

  /** Ends one of one's own sessions. */
  async endSession(id: string): Promise<void> {
    await this.request(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }, anyAnswer)
  }

  /** A short-lived token to open a relay connection to the document. */
  relayToken(documentId: DocumentId): Promise<RelayTokenResponse> {
    return this.request(
      `/documents/${documentId}/token`,
      { method: 'GET', cache: 'no-store' },
      relayTokenResponseSchema,
    )
  }

  private request<T>(path: string, init: RequestInit, schema: ResponseSchema<T>): Promise<T> {
    return requestJson(this.fetchImpl, `${this.baseUrl}${path}`, init, schema)
  }
}
