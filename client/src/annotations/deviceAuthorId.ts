import { createDocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'

const KEY = 'commentAuthorId'

/**
 * Without accounts, who wrote a comment is this device's own random id (with the name the user
 * entered): stable across reloads and sessions, created on first use.
 */
export async function deviceAuthorId(db: LocalDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(KEY)
    if (typeof row?.value === 'string' && row.value !== '') return row.value
    const id = `device-${createDocumentId()}`
    await db.settings.put({ key: KEY, value: id })
    return id
  })
}
