import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { planSection, PLAN_SECTION_KINDS } from '@samskriv/shared'
import { enumLabel, enumOptions } from '../../i18n/enumLabel'
import { t } from '../../i18n/t'
import { SelectField } from '../fields/SelectField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { useBlockEditor } from './useBlockEditor'

/** A labelled part of a plan (Målgrupp, Syfte…): the label comes from its kind, which can be changed. */
export function PlanSectionView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const attrs = blockAttrs(planSection, node)
  const label = enumLabel('planSectionKind', attrs.kind)
  return (
    <BlockFrame
      type={planSection.name}
      label={label}
      // Where it can be edited, the kind's select is the section's label.
      hideLabel={editable}
      headerExtra={
        editable ? (
          <SelectField
            label={t('field.planSectionKind')}
            hideLabel
            value={attrs.kind}
            options={enumOptions('planSectionKind', PLAN_SECTION_KINDS)}
            disabled={!editable}
            className="plan-section__kind block-field--label-hidden"
            onCommit={(kind) => updateAttributes({ kind })}
          />
        ) : null
      }
      onRemove={deleteNode}
      removeLabel={t('block.removePlanSection', { section: label })}
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}
