import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { routineStep } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { blockNumberOf } from './blockNumberOf'
import { useBlockEditor } from './useBlockEditor'

/** A step of a routine, numbered by its position: who does it and when, then what, inline. */
export function RoutineStepView({ node, decorations, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(routineStep, node)
  const number = blockNumberOf(decorations)
  return (
    <BlockFrame
      type={routineStep.name}
      blockId={attrs.id}
      label={number === null ? blockTypeLabel(routineStep.name) : t('routineStep.numbered', { number })}
      onRemove={deleteNode}
      removeLabel={t('block.removeRoutineStep', { number: number ?? '' })}
      fields={
        <div className="block-form">
          <TextField
            label={t('field.who')}
            value={attrs.who}
            placeholder={t('field.whoExample')}
            maxLength={300}
            disabled={disabled}
            onCommit={(who) => updateAttributes({ who })}
          />
          <TextField
            label={t('field.when')}
            value={attrs.when}
            placeholder={t('field.whenExample')}
            maxLength={300}
            disabled={disabled}
            onCommit={(when) => updateAttributes({ when })}
          />
        </div>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}
