import { createHash, randomBytes } from 'node:crypto'

/** A random secret for links and cookies: 256 bits, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

/** SHA-256, hex. Tokens are stored only as their hash, so a copied database grants nothing. */
export const sha256Hex = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex')
