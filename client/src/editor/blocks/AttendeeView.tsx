import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { attendee } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { CheckboxField } from '../fields/CheckboxField'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { useBlockEditor } from './useBlockEditor'

/** One row of an attendance list: name, organisation, role, "via länk" and "tf", and remove. */
export function AttendeeView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(attendee, node)
  return (
    <NodeViewWrapper className="attendee" data-block-type={attendee.name} data-block-id={attrs.id || undefined}>
      <div className="attendee__row" contentEditable={false} {...BLOCK_CONTROLS}>
        <TextField
          label={t('field.attendeeName')}
          value={attrs.name}
          maxLength={300}
          disabled={disabled}
          className="attendee__cell block-field--compact"
          onCommit={(name) => updateAttributes({ name })}
        />
        <TextField
          label={t('field.attendeeOrganisation')}
          value={attrs.organisation}
          maxLength={300}
          disabled={disabled}
          className="attendee__cell block-field--compact"
          onCommit={(organisation) => updateAttributes({ organisation })}
        />
        <TextField
          label={t('field.attendeeRole')}
          value={attrs.role}
          maxLength={300}
          disabled={disabled}
          className="attendee__cell block-field--compact"
          onCommit={(role) => updateAttributes({ role })}
        />
        <div className="attendee__flags">
          <CheckboxField
            label={t('field.remote')}
            checked={attrs.remote}
            disabled={disabled}
            onCommit={(remote) => updateAttributes({ remote })}
          />
          <CheckboxField
            label={t('field.standIn')}
            checked={attrs.standIn}
            disabled={disabled}
            onCommit={(standIn) => updateAttributes({ standIn })}
          />
          {editable && (
            <button
              type="button"
              className="block__remove"
              aria-label={t('attendance.remove', { name: attrs.name || t('attendance.unnamed') })}
              onClick={deleteNode}
            >
              {t('block.removeShort')}
            </button>
          )}
        </div>
      </div>
    </NodeViewWrapper>
  )
}
