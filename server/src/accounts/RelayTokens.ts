import { jwtVerify, SignJWT, errors } from 'jose'

/** How long a relay token may be used to open a connection (the connection then lives on). */
export const RELAY_TOKEN_SECONDS = 5 * 60

const AUDIENCE = 'samskriv-relay'

/** Why a token was refused. */
export type TokenProblem = 'expired' | 'invalid' | 'wrongDocument'

/**
 * Short-lived signed tokens (HS256 JWT) that let a user's client open the relay for one document:
 * `ws://host/sync/<documentId>?token=…`. Signed with a secret only the server knows.
 */
export class RelayTokens {
  private readonly key: Uint8Array

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret)
  }

  async issue(userId: string, documentId: string, now = new Date()): Promise<{ token: string; expiresAt: string }> {
    const issuedAt = Math.floor(now.getTime() / 1000)
    const expires = issuedAt + RELAY_TOKEN_SECONDS
    const token = await new SignJWT({ doc: documentId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(this.key)
    return { token, expiresAt: new Date(expires * 1000).toISOString() }
  }

  /** The user a token was issued to, if it is valid for this document now. */
  async verify(
    token: string,
    documentId: string,
    now = new Date(),
  ): Promise<{ userId: string } | { problem: TokenProblem }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
      })
      if (payload.doc !== documentId) return { problem: 'wrongDocument' }
      if (typeof payload.sub !== 'string') return { problem: 'invalid' }
      return { userId: payload.sub }
    } catch (error) {
      return { problem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
    }
  }
}
