import { t } from '../i18n/t'
import type { PlainMessageKey } from '../i18n/messages'

/** The API's error codes (`{ error: { code } }`) a list operation can be refused with, as texts. */
const REASONS: Readonly<Record<string, PlainMessageKey>> = {
  not_found: 'list.refusal.notFound',
  no_access: 'list.refusal.noAccess',
  conflict: 'list.refusal.conflict',
  invalid_request: 'list.refusal.invalid',
  invalid_json: 'list.refusal.invalid',
  unsupported_media_type: 'list.refusal.invalid',
  payload_too_large: 'list.refusal.tooLarge',
}

/**
 * Why the server refused a document's list operation, for people, from the error code stored in
 * `DocumentRecord.syncError`. Codes it does not know (and the English server messages earlier
 * versions stored there) get a general text: the server's own words are never shown.
 */
export function describeSyncRefusal(code: string): string {
  const key = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined
  return t(key ?? 'list.refusal.other')
}
