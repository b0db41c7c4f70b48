import type { DocumentId } from '@samskriv/shared'

/**
 * The query parameters the annotations connection declares to the relay. The server runs open
 * (no accounts) until its first administrator exists; then connections need a relay token.
 */
export async function relayParams(_documentId: DocumentId): Promise<Record<string, string>> {
  return {}
}
