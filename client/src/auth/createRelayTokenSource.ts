import { ApiRequestError } from '../api/ApiRequestError'
import type { AuthApi } from '../api/AuthApi'
import type { DocumentLibrary } from '../documents/DocumentLibrary'
import type { LocalDatabase } from '../storage/LocalDatabase'
import type { RelayTokenSource } from '../sync/relayTokens'
import type { AuthSession } from './AuthSession'

/**
 * Relay tokens for this app: needed when the server has accounts; fetched from the API. A document
 * created on this device is registered first (the server gives no token for a document it does
 * not know); a 401 makes the sign-in state be asked again.
 */
export function createRelayTokenSource(
  auth: AuthSession,
  api: AuthApi,
  db: LocalDatabase,
  library: DocumentLibrary,
): RelayTokenSource {
  return {
    required: auth.required,
    async fetch({ documentId }) {
      if ((await db.documents.get(documentId))?.pendingRegistration === true) {
        await library.pushPending()
        if ((await db.documents.get(documentId))?.pendingRegistration === true) {
          throw new ApiRequestError('server', 'The document is not registered on the server yet')
        }
      }
      try {
        return await api.relayToken(documentId)
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 401) void auth.refresh()
        throw error
      }
    },
  }
}
