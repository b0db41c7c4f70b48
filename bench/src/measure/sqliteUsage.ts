import Database from 'better-sqlite3'

/** How a SQLite file's pages are used: all of them, and those holding data (not on the free list). */
export interface SqliteUsage {
  readonly fileBytes: number
  readonly liveBytes: number
}

/** Reads `file`'s page counts (read-only; the relay that wrote it should be stopped). */
export function sqliteUsage(file: string): SqliteUsage {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const pages = db.pragma('page_count', { simple: true }) as number
    const free = db.pragma('freelist_count', { simple: true }) as number
    return { fileBytes: pageSize * pages, liveBytes: pageSize * (pages - free) }
  } finally {
    db.close()
  }
}
