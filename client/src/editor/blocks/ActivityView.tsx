import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { activity, ACTIVITY_PERSPECTIVES, ACTIVITY_STATUSES } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { enumLabel, enumOptions } from '../../i18n/enumLabel'
import { t } from '../../i18n/t'
import { DecisionLinkField } from '../../registers/DecisionLinkField'
import { CheckboxGroupField } from '../fields/CheckboxGroupField'
import { SelectField } from '../fields/SelectField'
import { TextField } from '../fields/TextField'
import { TextListField } from '../fields/TextListField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { MoreFields } from './MoreFields'
import { useBlockEditor } from './useBlockEditor'

/**
 * An activity (aktivitet): what coordinators follow up — status, responsible and time frame — then
 * its description inline; perspectives, partner groups, follow-up and the decision it follows up
 * behind "Fler uppgifter".
 */
export function ActivityView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(activity, node)
  const summary = [
    attrs.perspectives.map((p) => enumLabel('perspective', p)).join(', '),
    attrs.partnerGroups.join(', '),
    attrs.decisionId === '' ? '' : t('activity.hasDecision'),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <BlockFrame
      type={activity.name}
      blockId={attrs.id}
      label={blockTypeLabel(activity.name)}
      className={`activity--${attrs.status}`}
      headerExtra={
        <span className={`status-badge status-badge--${attrs.status}`}>
          {enumLabel('activityStatus', attrs.status)}
        </span>
      }
      onRemove={deleteNode}
      removeLabel={t('block.removeActivity')}
      fields={
        <div>
          <div className="block-form">
            <SelectField
              label={t('field.status')}
              value={attrs.status}
              options={enumOptions('activityStatus', ACTIVITY_STATUSES)}
              disabled={disabled}
              onCommit={(status) => updateAttributes({ status })}
            />
            <TextField
              label={t('field.responsible')}
              value={attrs.responsible}
              placeholder={t('field.responsibleExample')}
              maxLength={300}
              disabled={disabled}
              onCommit={(responsible) => updateAttributes({ responsible })}
            />
            <TextField
              label={t('field.timeFrom')}
              type="date"
              value={attrs.timeFrom}
              disabled={disabled}
              onCommit={(timeFrom) => updateAttributes({ timeFrom })}
            />
            <TextField
              label={t('field.timeTo')}
              type="date"
              value={attrs.timeTo}
              disabled={disabled}
              onCommit={(timeTo) => updateAttributes({ timeTo })}
            />
          </div>
          <MoreFields label={t('activity.details')} summary={summary}>
            <CheckboxGroupField
              legend={t('field.perspectives')}
              value={attrs.perspectives}
              options={enumOptions('perspective', ACTIVITY_PERSPECTIVES)}
              disabled={disabled}
              onCommit={(perspectives) => updateAttributes({ perspectives })}
            />
            <div className="block-form">
              <TextListField
                label={t('field.partnerGroups')}
                hint={t('field.commaSeparated')}
                value={attrs.partnerGroups}
                disabled={disabled}
                onCommit={(partnerGroups) => updateAttributes({ partnerGroups: partnerGroups.slice(0, 20) })}
              />
              <TextField
                label={t('field.followUp')}
                multiline
                value={attrs.followUp}
                maxLength={2000}
                disabled={disabled}
                className="block-field--wide"
                onCommit={(followUp) => updateAttributes({ followUp })}
              />
            </div>
            <DecisionLinkField
              decisionId={attrs.decisionId}
              disabled={disabled}
              onCommit={(decisionId) => updateAttributes({ decisionId })}
            />
          </MoreFields>
        </div>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}
