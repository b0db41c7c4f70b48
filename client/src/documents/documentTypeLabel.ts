import type { DocumentType } from '@samskriv/shared'
import { t } from '../i18n/t'

const KEYS = {
  protocol: 'documentType.protocol',
  actionPlan: 'documentType.actionPlan',
  guidance: 'documentType.guidance',
} as const satisfies Record<DocumentType, string>

/** The name of a document type in the UI language (protokoll, handlingsplan, praktisk anvisning). */
export function documentTypeLabel(type: DocumentType): string {
  return t(KEYS[type])
}
