import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ongoingWorkArea } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { buildBlock } from '../insert/buildBlock'
import { AddChildButton } from './AddChildButton'
import { blockAttrs } from './blockAttrs'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { useBlockEditor } from './useBlockEditor'

/** One row of "Fortgå över tid": the area on the left, its activities on the right. */
export function OngoingWorkAreaView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const attrs = blockAttrs(ongoingWorkArea, node)
  return (
    <NodeViewWrapper
      className="two-columns__row ongoing-area"
      data-block-type={ongoingWorkArea.name}
      data-block-id={attrs.id || undefined}
    >
      <div className="two-columns__left" contentEditable={false} {...BLOCK_CONTROLS}>
        <TextField
          label={t('field.ongoingArea')}
          value={attrs.area}
          placeholder={t('field.ongoingAreaExample')}
          maxLength={300}
          disabled={!editable}
          onCommit={(area) => updateAttributes({ area })}
        />
        {editable && (
          <button
            type="button"
            className="block__remove"
            aria-label={t('ongoingWork.removeArea', { area: attrs.area || t('ongoingWork.unnamedArea') })}
            onClick={deleteNode}
          >
            {t('block.removeShort')}
          </button>
        )}
      </div>
      <div className="two-columns__right">
        <NodeViewContent className="block__content" />
        <AddChildButton
          editor={editor}
          node={node}
          getPos={getPos}
          build={() => buildBlock('activity')}
          label={t('ongoingWork.addActivity')}
        />
      </div>
    </NodeViewWrapper>
  )
}
