import { useMemo, useRef } from 'react'
import type { Editor } from '@tiptap/core'
import { checkDocument } from '@samskriv/shared'
import { ModalDialog } from '../../components/ModalDialog'
import { t } from '../../i18n/t'
import { describeCheckIssue } from './describeCheckIssue'
import { issueTarget } from './issueTarget'
import { revealBlock } from './revealBlock'

/** Props of {@link CheckListDialog}. */
export interface CheckListDialogProps {
  editor: Editor
  onClose: () => void
  /** Where focus goes when the list is closed without going to a block (the button that opened it). */
  returnFocus: () => void
}

/**
 * "Kontroll före godkännande": what to fix before the document is approved (the shared
 * `checkDocument`), each issue a button that closes the list and goes to its block.
 */
export function CheckListDialog({ editor, onClose, returnFocus }: CheckListDialogProps) {
  const goingToBlock = useRef(false)
  // Read once when opened: the list describes the document as it was when the user asked.
  const issues = useMemo(() => checkDocument(editor.getJSON()), [editor])
  return (
    <ModalDialog
      title={t('check.title')}
      onCancel={onClose}
      returnFocus={() => {
        if (!goingToBlock.current) returnFocus()
      }}
    >
      <p className="check-list__summary">
        {issues.length === 0 ? t('check.none') : t('check.count', { count: issues.length })}
      </p>
      {issues.length > 0 && (
        <ul className="check-list">
          {issues.map((issue, index) => (
            // Issues have no identity of their own; the list is fixed while the dialog is open.
            <li key={index}>
              <button
                type="button"
                className="check-list__issue"
                onClick={() => {
                  goingToBlock.current = true
                  onClose()
                  // After the dialog has closed, so focus can move to the block.
                  requestAnimationFrame(() => revealBlock(editor, issueTarget(issue)))
                }}
              >
                {describeCheckIssue(issue)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          data-autofocus={issues.length === 0 ? true : undefined}
          onClick={onClose}
        >
          {t('check.close')}
        </button>
      </div>
    </ModalDialog>
  )
}
