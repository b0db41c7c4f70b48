import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { responsibilityRow } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { useBlockEditor } from './useBlockEditor'

/** One party's responsibilities: the party on the left, what it is responsible for on the right. */
export function ResponsibilityRowView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const attrs = blockAttrs(responsibilityRow, node)
  return (
    <NodeViewWrapper
      className="two-columns__row responsibility-row"
      data-block-type={responsibilityRow.name}
      data-block-id={attrs.id || undefined}
    >
      <div className="two-columns__left" contentEditable={false} {...BLOCK_CONTROLS}>
        <TextField
          label={t('field.party')}
          value={attrs.party}
          placeholder={t('field.partyExample')}
          maxLength={300}
          disabled={!editable}
          onCommit={(party) => updateAttributes({ party })}
        />
        {editable && (
          <button
            type="button"
            className="block__remove"
            aria-label={t('responsibility.removeParty', { party: attrs.party || t('responsibility.unnamedParty') })}
            onClick={deleteNode}
          >
            {t('block.removeShort')}
          </button>
        )}
      </div>
      <div className="two-columns__right">
        <NodeViewContent className="block__content" />
      </div>
    </NodeViewWrapper>
  )
}
