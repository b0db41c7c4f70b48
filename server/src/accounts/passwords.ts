import { hash, verify } from '@node-rs/argon2'

/** argon2id with the library's defaults (OWASP's recommended memory and time cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

/** A hash of nothing anyone knows, to spend the same time when an account does not exist. */
let decoy: Promise<string> | null = null

/** Checks a password; for a missing account it still spends a verification's time. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hash('not a password of anyone')
    await verify(await decoy, password)
    return false
  }
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}
