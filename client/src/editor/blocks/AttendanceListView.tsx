import { useState } from 'react'
import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { attendanceList, ATTENDANCE_KINDS, attendee, createBlockId, type PastedPerson } from '@samskriv/shared'
import { enumLabel, enumOptions } from '../../i18n/enumLabel'
import { t } from '../../i18n/t'
import { SelectField } from '../fields/SelectField'
import { blockAttrs } from './blockAttrs'
import { AttendancePastePanel } from './AttendancePastePanel'
import { BlockFrame } from './BlockFrame'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { insertBlockAt } from './insertBlockAt'
import { useBlockEditor } from './useBlockEditor'
import { CopyAttendanceButton } from '../../previousProtocol/CopyAttendanceButton'

/**
 * An attendance list (närvarande ledamöter / övriga närvarande) as a table-like list: column
 * headings, one row per person (their own view), and a button that adds a row and focuses it.
 */
export function AttendanceListView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable, documentId, documentType } = useBlockEditor()
  const attrs = blockAttrs(attendanceList, node)
  const title = enumLabel('attendanceKind', attrs.kind)

  const [pasting, setPasting] = useState(false)
  const rows: { name: string; absent: boolean }[] = []
  node.forEach((row) => rows.push(blockAttrs(attendee, row)))
  const absent = rows.filter((row) => row.absent).length

  /** Adds pasted people at the end of the list, in one step (one undo). */
  function addPeople(people: PastedPerson[]): void {
    const pos = getPos()
    if (pos === undefined || people.length === 0) return
    const rows = people.map((person) => ({ type: attendee.name, attrs: { id: createBlockId(), ...person } }))
    editor
      .chain()
      .insertContentAt(pos + node.nodeSize - 1, rows)
      .run()
  }

  function addAttendee(): void {
    const pos = getPos()
    if (pos === undefined) return
    insertBlockAt(editor, pos + node.nodeSize - 1, { type: attendee.name, attrs: { id: createBlockId() } })
  }

  return (
    <BlockFrame
      type={attendanceList.name}
      label={title}
      // Where it can be edited, the kind's select is the list's label.
      hideLabel={editable}
      headerExtra={
        editable ? (
          <SelectField
            label={t('field.attendanceKind')}
            hideLabel
            value={attrs.kind}
            options={enumOptions('attendanceKind', ATTENDANCE_KINDS)}
            disabled={!editable}
            className="plan-section__kind"
            onCommit={(kind) => updateAttributes({ kind })}
          />
        ) : null
      }
      onRemove={deleteNode}
      removeLabel={t('block.removeAttendanceList', { list: title })}
    >
      {node.childCount > 0 ? (
        <div className="attendance__columns" contentEditable={false} aria-hidden="true" {...BLOCK_CONTROLS}>
          <span>{t('field.attendeeName')}</span>
          <span>{t('field.attendeeOrganisation')}</span>
          <span>{t('field.attendeeRole')}</span>
          <span>{t('field.attendeeFlags')}</span>
        </div>
      ) : (
        <p className="attendance__empty" contentEditable={false} {...BLOCK_CONTROLS}>
          {t('attendance.empty')}
        </p>
      )}
      <NodeViewContent className="attendance__rows" />
      {absent > 0 && (
        <p className="attendance__summary" contentEditable={false} {...BLOCK_CONTROLS}>
          {t('previous.absentCount', { count: absent })}
        </p>
      )}
      {editable && (
        <div className="block__footer" contentEditable={false} {...BLOCK_CONTROLS}>
          {pasting ? (
            <AttendancePastePanel onAdd={addPeople} onClose={() => setPasting(false)} />
          ) : (
            <>
              <button type="button" className="button button--small" onClick={addAttendee}>
                {t('attendance.add')}
              </button>
              <button type="button" className="button button--small" onClick={() => setPasting(true)}>
                {t('attendance.paste')}
              </button>
              {documentType === 'protocol' && (
                <CopyAttendanceButton
                  editor={editor}
                  documentId={documentId}
                  kind={attrs.kind}
                  existing={rows}
                  onAdd={addPeople}
                />
              )}
            </>
          )}
        </div>
      )}
    </BlockFrame>
  )
}
