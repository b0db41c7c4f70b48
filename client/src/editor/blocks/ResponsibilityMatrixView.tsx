import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { responsibilityMatrix } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { buildBlock } from '../insert/buildBlock'
import { AddChildButton } from './AddChildButton'
import { BlockFrame } from './BlockFrame'
import { BLOCK_CONTROLS } from './isBlockControlEvent'

/** The division of responsibility: a two-column table, each row a party and its responsibilities. */
export function ResponsibilityMatrixView({ node, editor, getPos, deleteNode }: ReactNodeViewProps) {
  return (
    <BlockFrame
      type={responsibilityMatrix.name}
      label={blockTypeLabel(responsibilityMatrix.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeResponsibilityMatrix')}
    >
      <div className="two-columns__head" contentEditable={false} aria-hidden="true" {...BLOCK_CONTROLS}>
        <span>{t('responsibility.partyColumn')}</span>
        <span>{t('responsibility.dutiesColumn')}</span>
      </div>
      <NodeViewContent className="two-columns__rows" />
      <AddChildButton
        editor={editor}
        node={node}
        getPos={getPos}
        build={() => buildBlock('responsibilityRow')}
        label={t('responsibility.addParty')}
      />
    </BlockFrame>
  )
}
