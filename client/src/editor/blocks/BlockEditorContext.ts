import { createContext } from 'react'
import type { DocumentId, DocumentType } from '@samskriv/shared'

/** What every block view needs to know about the editor it is in. */
export interface BlockEditorContextValue {
  /** False while the document may not be changed: forms are then disabled. */
  editable: boolean
  documentId: DocumentId
  documentType: DocumentType
  /** Starts a comment on a block (works on locked documents too); null where comments are off. */
  onCommentBlock?: ((block: { type: string; blockId: string; label: string }) => void) | null
}

/**
 * Provided by the document editor around its content; node views are React portals inside it, so
 * they see changes (e.g. the document being locked) without their node changing.
 */
export const BlockEditorContext = createContext<BlockEditorContextValue | null>(null)
