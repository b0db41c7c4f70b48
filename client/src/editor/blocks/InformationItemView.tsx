import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { informationItem } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { useBlockEditor } from './useBlockEditor'

/** An information point: the group whose work it is, then its title and text inline. */
export function InformationItemView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const attrs = blockAttrs(informationItem, node)
  return (
    <BlockFrame
      type={informationItem.name}
      blockId={attrs.id}
      label={blockTypeLabel(informationItem.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeInformationItem')}
      fields={
        <div className="block-form">
          <TextField
            label={t('field.informationGroup')}
            value={attrs.group}
            placeholder={t('field.informationGroupExample')}
            maxLength={300}
            disabled={!editable}
            className="block-field--wide"
            onCommit={(group) => updateAttributes({ group })}
          />
        </div>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}
