import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { attendee, createBlockId } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { CheckboxField } from '../fields/CheckboxField'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { insertBlockAt } from './insertBlockAt'
import { useBlockEditor } from './useBlockEditor'

/**
 * One row of an attendance list: name, organisation, role, "via länk", "tf" (and for whom),
 * absent (with a button that adds a stand-in for the absent member right below), and remove.
 */
export function AttendeeView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(attendee, node)
  const name = attrs.name || t('attendance.unnamed')

  /** Adds a row for whoever stands in for this absent member, below it, from the same organisation. */
  function addStandIn(): void {
    const pos = getPos()
    if (pos === undefined) return
    insertBlockAt(editor, pos + node.nodeSize, {
      type: attendee.name,
      attrs: { id: createBlockId(), organisation: attrs.organisation, standIn: true, standsInFor: attrs.name },
    })
  }

  return (
    <NodeViewWrapper
      className={attrs.absent ? 'attendee attendee--absent' : 'attendee'}
      data-block-type={attendee.name}
      data-block-id={attrs.id || undefined}
    >
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
          <CheckboxField
            label={t('previous.absent')}
            checked={attrs.absent}
            disabled={disabled}
            onCommit={(absent) => updateAttributes({ absent })}
          />
          {editable && attrs.absent && (
            <button
              type="button"
              className="button button--small attendee__stand-in"
              aria-label={t('previous.addStandIn', { name })}
              onClick={addStandIn}
            >
              {t('previous.addStandInShort')}
            </button>
          )}
          {editable && (
            <button
              type="button"
              className="block__remove"
              aria-label={t('attendance.remove', { name })}
              onClick={deleteNode}
            >
              {t('block.removeShort')}
            </button>
          )}
        </div>
        {attrs.standIn && (
          <TextField
            label={t('previous.standsInFor')}
            value={attrs.standsInFor}
            maxLength={300}
            disabled={disabled}
            className="attendee__cell attendee__stands-in-for block-field--compact"
            onCommit={(standsInFor) => updateAttributes({ standsInFor })}
          />
        )}
      </div>
    </NodeViewWrapper>
  )
}
