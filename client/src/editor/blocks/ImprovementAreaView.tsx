import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { improvementArea } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { formatDate } from '../../i18n/formatDate'
import { t } from '../../i18n/t'
import { RowListField } from '../fields/RowListField'
import { TextField } from '../fields/TextField'
import { buildBlock } from '../insert/buildBlock'
import { AddChildButton } from './AddChildButton'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { MoreFields } from './MoreFields'
import { useBlockEditor } from './useBlockEditor'

interface Milestone {
  label: string
  date: string
}

/**
 * An improvement area (förbättringsområde): time frame and milestones, then its title, sections
 * (syfte, mål, tidsram, genomförande) and activities inline, and a button to add an activity.
 */
export function ImprovementAreaView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(improvementArea, node)
  const milestones: Milestone[] = attrs.milestones
  return (
    <BlockFrame
      type={improvementArea.name}
      blockId={attrs.id}
      label={blockTypeLabel(improvementArea.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeImprovementArea')}
      fields={
        <>
          <div className="block-form">
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
          <MoreFields
            label={t('field.milestones')}
            summary={milestones.map((m) => `${m.label} ${formatDate(m.date)}`.trim()).join(' · ')}
          >
            <RowListField<Milestone>
              legend={t('field.milestones')}
              rows={milestones}
              max={20}
              disabled={disabled}
              createRow={() => ({ label: '', date: attrs.timeTo || new Date().toISOString().slice(0, 10) })}
              addLabel={t('field.addMilestone')}
              removeLabel={(milestone, index) =>
                t('field.removeMilestone', { label: milestone.label || String(index + 1) })
              }
              emptyText={t('field.noMilestones')}
              onCommit={(rows) => updateAttributes({ milestones: rows })}
              renderRow={(milestone, update, autoFocus) => (
                <>
                  <TextField
                    label={t('field.milestoneLabel')}
                    placeholder={t('field.milestoneExample')}
                    value={milestone.label}
                    maxLength={200}
                    disabled={disabled}
                    autoFocus={autoFocus}
                    onCommit={(label) => update({ ...milestone, label })}
                  />
                  <TextField
                    label={t('field.milestoneDate')}
                    type="date"
                    value={milestone.date}
                    disabled={disabled}
                    // A milestone needs a date; clearing the field keeps the last one.
                    onCommit={(date) => date !== '' && update({ ...milestone, date })}
                  />
                </>
              )}
            />
          </MoreFields>
        </>
      }
    >
      <NodeViewContent className="block__content" />
      <AddChildButton
        editor={editor}
        node={node}
        getPos={getPos}
        build={() => buildBlock('activity')}
        label={t('improvementArea.addActivity')}
      />
    </BlockFrame>
  )
}
