import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { groupPlan } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { useBlockEditor } from './useBlockEditor'
import { YearField } from '../fields/YearField'

/** One group's action plan: the group and plan period, then its title, sections and areas inline. */
export function GroupPlanView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(groupPlan, node)
  const period =
    attrs.periodFrom === ''
      ? ''
      : attrs.periodTo === '' || attrs.periodTo === attrs.periodFrom
        ? attrs.periodFrom
        : `${attrs.periodFrom}–${attrs.periodTo}`
  return (
    <BlockFrame
      type={groupPlan.name}
      blockId={attrs.id}
      label={blockTypeLabel(groupPlan.name)}
      headerExtra={period === '' ? null : <span className="block__meta">{t('groupPlan.period', { period })}</span>}
      onRemove={deleteNode}
      removeLabel={t('block.removeGroupPlan')}
      fields={
        <div className="block-form">
          <TextField
            label={t('field.planGroup')}
            value={attrs.group}
            placeholder={t('field.groupExample')}
            maxLength={300}
            disabled={disabled}
            onCommit={(group) => updateAttributes({ group })}
          />
          <YearField
            label={t('field.periodFrom')}
            value={attrs.periodFrom}
            disabled={disabled}
            onCommit={(periodFrom) => updateAttributes({ periodFrom })}
          />
          <YearField
            label={t('field.periodTo')}
            value={attrs.periodTo}
            disabled={disabled}
            onCommit={(periodTo) => updateAttributes({ periodTo })}
          />
        </div>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}
