import { useCallback } from 'react'
import { may } from '@samskriv/shared'
import { policySubject } from '../auth/policySubject'
import { useAuth } from '../auth/useAuth'
import type { DocumentListRow } from './mergeDocumentList'

/**
 * Whether the person may rename, trash or restore a listed document, by the shared rules the
 * server enforces (role and the document's lock): the list offers only what the server allows.
 */
export function useDocumentActions(): (row: DocumentListRow, action: 'rename' | 'trash' | 'restore') => boolean {
  const { snapshot } = useAuth()
  const me = snapshot.me
  return useCallback((row, action) => may(policySubject(me), action, row), [me])
}
