import fs from 'node:fs'
import path from 'node:path'

/** Where Debian's PostgreSQL keeps its server programs: the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinDir(): string | null {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR
  const root = '/usr/lib/postgresql'
  let versions: string[]
  try {
    versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
  } catch {
    return null
  }
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  return newest === undefined ? null : path.join(root, newest, 'bin')
}

/** The redis-server program, from PATH or Debian's place. */
export function redisServerPath(): string | null {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'redis-server')),
    '/usr/bin/redis-server',
  ]
  return candidates.find((file) => fs.existsSync(file)) ?? null
}

/** Why the PostgreSQL and Redis suites cannot run here, or null when they can. */
export function missingServices(): string | null {
  const missing = [
    ...(postgresBinDir() === null ? ['PostgreSQL (initdb, pg_ctl)'] : []),
    ...(redisServerPath() === null ? ['redis-server'] : []),
  ]
  return missing.length === 0 ? null : missing.join(' and ')
}
