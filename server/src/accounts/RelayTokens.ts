import { jwtVerify, SignJWT, errors } from 'jose'

/** How long a relay token may be used to open a connection (the connection then lives on). */
export const RELAY_TOKEN_SECONDS = 5 * 60

const AUDIENCE = 'samskriv-relay'

/** Why a token was refused. */
export type TokenProblem = 'expired' | 'invalid' | 'wrongDocument'

/** Who a token was issued to: the account, and the session (sign-in) it was fetched with. */
export interface TokenHolder {
  readonly userId: string
  readonly sessionId: string
}

/**
 * Short-lived signed tokens (HS256 JWT) that let a user's client open the relay for one document:
 * `ws://host/sync/<documentId>?token=…`. Signed with a key only the server knows (see
 * `loadSigningKey`); bound to the session it was fetched with, so signing out ends it.
 */
export class RelayTokens {
  constructor(private readonly key: Uint8Array) {}

  async issue(
    holder: TokenHolder,
    documentId: string,
    now = new Date(),
  ): Promise<{ token: string; expiresAt: string }> {
    const issuedAt = Math.floor(now.getTime() / 1000)
    const expires = issuedAt + RELAY_TOKEN_SECONDS
    const token = await new SignJWT({ doc: documentId, sid: holder.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(holder.userId)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(this.key)
    return { token, expiresAt: new Date(expires * 1000).toISOString() }
  }

  /** The user a token was issued to, if it is valid for this document now. */
  async verify(token: string, documentId: string, now = new Date()): Promise<TokenHolder | { problem: TokenProblem }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
      })
      if (payload.doc !== documentId) return { problem: 'wrongDocument' }
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return { problem: 'invalid' }
      return { userId: payload.sub, sessionId: payload.sid }
    } catch (error) {
      return { problem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
    }
  }
}
