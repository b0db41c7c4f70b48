import type { ReactNodeViewProps } from '@tiptap/react'
import { documentFacts } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { useBlockEditor } from './useBlockEditor'

/** A guidance document's facts: owner, who approved it and when, validity, next review, revision. */
export function DocumentFactsView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(documentFacts, node)
  return (
    <BlockFrame
      type={documentFacts.name}
      label={blockTypeLabel(documentFacts.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeDocumentFacts')}
      fields={
        <div className="block-form">
          <TextField
            label={t('field.owner')}
            value={attrs.owner}
            maxLength={300}
            disabled={disabled}
            onCommit={(owner) => updateAttributes({ owner })}
          />
          <TextField
            label={t('field.approvedBy')}
            value={attrs.approvedBy}
            placeholder={t('field.decidingBodyExample')}
            maxLength={300}
            disabled={disabled}
            onCommit={(approvedBy) => updateAttributes({ approvedBy })}
          />
          <TextField
            label={t('field.approvedAt')}
            type="date"
            value={attrs.approvedAt}
            disabled={disabled}
            onCommit={(approvedAt) => updateAttributes({ approvedAt })}
          />
          <TextField
            label={t('field.validFrom')}
            type="date"
            value={attrs.validFrom}
            disabled={disabled}
            onCommit={(validFrom) => updateAttributes({ validFrom })}
          />
          <TextField
            label={t('field.validUntil')}
            type="date"
            value={attrs.validUntil}
            disabled={disabled}
            onCommit={(validUntil) => updateAttributes({ validUntil })}
          />
          <TextField
            label={t('field.nextReview')}
            type="date"
            value={attrs.nextReview}
            disabled={disabled}
            onCommit={(nextReview) => updateAttributes({ nextReview })}
          />
          <TextField
            label={t('field.revision')}
            value={attrs.revision}
            placeholder={t('field.revisionExample')}
            maxLength={500}
            disabled={disabled}
            className="block-field--wide"
            onCommit={(revision) => updateAttributes({ revision })}
          />
        </div>
      }
    />
  )
}
