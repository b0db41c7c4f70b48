import type { ReactNodeViewProps } from '@tiptap/react'
import { meetingHeader } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { t } from '../../i18n/t'
import { NumberField } from '../fields/NumberField'
import { TextField } from '../fields/TextField'
import { TextListField } from '../fields/TextListField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { useBlockEditor } from './useBlockEditor'

/** The protocol's head: deciding body, date, place, time, chair, adjusters, first item number. */
export function MeetingHeaderView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const attrs = blockAttrs(meetingHeader, node)
  const disabled = !editable
  return (
    <BlockFrame
      type={meetingHeader.name}
      label={blockTypeLabel(meetingHeader.name)}
      onRemove={deleteNode}
      removeLabel={t('block.removeMeetingHeader')}
      fields={
        <div className="block-form">
          <TextField
            label={t('field.decidingBody')}
            value={attrs.decidingBody}
            placeholder={t('field.decidingBodyExample')}
            disabled={disabled}
            maxLength={300}
            onCommit={(decidingBody) => updateAttributes({ decidingBody })}
          />
          <TextField
            label={t('field.meetingDate')}
            type="date"
            value={attrs.date}
            disabled={disabled}
            onCommit={(date) => updateAttributes({ date })}
          />
          <TextField
            label={t('field.place')}
            value={attrs.place}
            disabled={disabled}
            maxLength={300}
            onCommit={(place) => updateAttributes({ place })}
          />
          <TextField
            label={t('field.time')}
            value={attrs.time}
            placeholder={t('field.timeExample')}
            disabled={disabled}
            maxLength={300}
            onCommit={(time) => updateAttributes({ time })}
          />
          <TextField
            label={t('field.chair')}
            value={attrs.chair}
            disabled={disabled}
            maxLength={300}
            onCommit={(chair) => updateAttributes({ chair })}
          />
          <TextListField
            label={t('field.adjusters')}
            hint={t('field.commaSeparated')}
            value={attrs.adjusters}
            disabled={disabled}
            onCommit={(adjusters) => updateAttributes({ adjusters: adjusters.slice(0, 10) })}
          />
          <NumberField
            label={t('field.firstItemNumber')}
            hint={t('field.firstItemNumberHint')}
            value={attrs.firstItemNumber}
            min={1}
            max={100_000}
            allowEmpty={false}
            disabled={disabled}
            onCommit={(firstItemNumber) => updateAttributes({ firstItemNumber: firstItemNumber ?? 1 })}
          />
        </div>
      }
    />
  )
}
