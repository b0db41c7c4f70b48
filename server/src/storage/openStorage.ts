import type { Config } from '../config.js'
import { SqliteStorage } from './SqliteStorage.js'
import type { Storage } from './Storage.js'

/**
 * The configured storage: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR.
 * The PostgreSQL client is loaded only then (a server on SQLite never holds it in memory).
 */
export async function openStorage(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>,
  onError?: (error: Error) => void,
): Promise<Storage> {
  if (config.DATABASE_URL) {
    const { PostgresStorage } = await import('./postgres/PostgresStorage.js')
    return PostgresStorage.connect(config.DATABASE_URL, onError ? { onError } : {})
  }
  return new SqliteStorage(config.DATA_DIR)
}

/** Where the data is, for a log line (never the password of a database URL). */
export function storageDescription(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): string {
  if (!config.DATABASE_URL) return config.DATA_DIR
  const url = new URL(config.DATABASE_URL)
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
}
