import { useMemo } from 'react'
import { exportModel, signatureBlock, type ApprovalFacts, type JSONContent } from '@samskriv/shared'
import { t } from '../i18n/t'
import { ExportBlocksView } from './ExportBlocksView'

/** Props of {@link ReadingBody}. */
export interface ReadingBodyProps {
  /** The body as ProseMirror JSON (live from the document, or an approved version's). */
  body: JSONContent
  /** How the version was approved, for its signature block; null for a draft or while unknown. */
  approval: ApprovalFacts | null
  /** Said under the text when an approved version's signatures are not known yet; else null. */
  signaturesNote?: string | null
  /** The accessible name of the text. */
  label?: string
}

/**
 * A document laid out as its export reads: the one export model (the same facts as HTML, Markdown
 * and PDF; nothing empty, no form fields) with, for an approved version, the signature block.
 * The meeting's facts and the attendance are set compactly so the text starts on the first screen.
 */
export function ReadingBody({ body, approval, signaturesNote = null, label = t('reading.label') }: ReadingBodyProps) {
  const blocks = useMemo(() => exportModel(body), [body])
  const signatures = useMemo(() => (approval === null ? [] : signatureBlock(approval)), [approval])
  return (
    <div className="reading" role="region" aria-label={label} data-testid="reading-view">
      {blocks.length === 0 ? <p className="muted">{t('reading.empty')}</p> : <ExportBlocksView blocks={blocks} />}
      <ExportBlocksView blocks={signatures} />
      {signaturesNote !== null && <p className="note">{signaturesNote}</p>}
    </div>
  )
}
