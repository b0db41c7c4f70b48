import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Bytes of a generated key. */
const KEY_BYTES = 32

/**
 * The key relay tokens are signed with. It never lives in the database (a copy or backup of the
 * database must not let anyone sign tokens): it comes from `RELAY_TOKEN_KEY`, or from a key file
 * (by default `relay-token.key` beside the database) that is made on first start with mode 0600.
 * A key file readable by others is narrowed to 0600. Losing the file only ends the relay tokens
 * given out (valid for minutes); a new one is made.
 */
export function loadSigningKey(options: { fromEnvironment?: string | undefined; file: string }): Uint8Array {
  if (options.fromEnvironment !== undefined && options.fromEnvironment !== '') {
    const key = new TextEncoder().encode(options.fromEnvironment)
    if (key.byteLength < KEY_BYTES) throw new Error(`RELAY_TOKEN_KEY must be at least ${KEY_BYTES} characters.`)
    return key
  }
  const { file } = options
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  try {
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600)
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64url')
  if (key.byteLength < KEY_BYTES) throw new Error(`The key file ${file} holds less than ${KEY_BYTES} bytes.`)
  return new Uint8Array(key)
}
