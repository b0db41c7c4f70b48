import { ModalDialog } from './ModalDialog'

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string
  text: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before an action; focus starts on the harmless choice. */
export function ConfirmDialog({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onCancel={onCancel}>
      <p>{text}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
      </div>
    </ModalDialog>
  )
}
