import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { ongoingWork } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { buildBlock } from '../insert/buildBlock'
import { AddChildButton } from './AddChildButton'
import { BlockFrame } from './BlockFrame'
import { BLOCK_CONTROLS } from './isBlockControlEvent'

/** Fortgå över tid: a two-column table, each row an area and its activities. */
export function OngoingWorkView({ node, editor, getPos, deleteNode }: ReactNodeViewProps) {
  return (
    <BlockFrame
      type={ongoingWork.name}
      label={blockTypeLabel(ongoingWork.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeOngoingWork')}
    >
      <div className="two-columns__head" contentEditable={false} aria-hidden="true" {...BLOCK_CONTROLS}>
        <span>{t('ongoingWork.areaColumn')}</span>
        <span>{t('ongoingWork.activitiesColumn')}</span>
      </div>
      <NodeViewContent className="two-columns__rows" />
      <AddChildButton
        editor={editor}
        node={node}
        getPos={getPos}
        build={() => buildBlock('ongoingWorkArea')}
        label={t('ongoingWork.addArea')}
      />
    </BlockFrame>
  )
}
