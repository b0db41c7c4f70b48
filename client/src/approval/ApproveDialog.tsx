import { useId, useState, type FormEvent } from 'react'
import type { DecisionEntry } from '@samskriv/shared'
import type { ApproveInput } from '../api/ApprovalApi'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import { DecisionPickerDialog } from '../registers/DecisionPickerDialog'
import { describeDecision } from '../registers/describeDecision'
import { OnBehalfOfField } from './OnBehalfOfField'

/** Props of {@link ApproveDialog}. */
export interface ApproveDialogProps {
  /** The number the new version gets. */
  nextVersion: number
  /** Resolves when approved; rejects with the reason, which the dialog shows. */
  onApprove: (input: ApproveInput) => Promise<void>
  onCancel: () => void
  /** Why the last attempt failed, for people, or null. */
  error: string | null
}

/**
 * Approves a document as its next version: on behalf of which body, and optionally the protocol
 * decision that approved it (chosen from the decision register).
 */
export function ApproveDialog({ nextVersion, onApprove, onCancel, error }: ApproveDialogProps) {
  const [onBehalfOf, setOnBehalfOf] = useState('')
  const [missing, setMissing] = useState(false)
  const [decision, setDecision] = useState<DecisionEntry | null>(null)
  const [picking, setPicking] = useState(false)
  const [busy, setBusy] = useState(false)
  const decisionLabelId = useId()

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (onBehalfOf.trim() === '') {
      setMissing(true)
      return
    }
    setBusy(true)
    try {
      await onApprove({
        onBehalfOf: onBehalfOf.trim(),
        ...(decision ? { decision: { documentId: decision.documentId, decisionId: decision.id } } : {}),
      })
    } catch {
      // The page shows why; the dialog stays open with what was entered.
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('approveDialog.title')} onCancel={onCancel} dismissible={!busy}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('approveDialog.intro', { version: nextVersion })}</p>
        <OnBehalfOfField
          label={t('approveDialog.onBehalfOf')}
          value={onBehalfOf}
          missing={missing}
          onChange={(value) => {
            setOnBehalfOf(value)
            setMissing(false)
          }}
        />
        <div className="field" role="group" aria-labelledby={decisionLabelId}>
          <span id={decisionLabelId} className="field__label">
            {t('approveDialog.decision')}
          </span>
          <p>{decision === null ? t('approveDialog.noDecision') : describeDecision(decision)}</p>
          <div className="dialog__actions dialog__actions--start">
            <button type="button" className="button button--small" onClick={() => setPicking(true)}>
              {t('approveDialog.pickDecision')}
            </button>
            {decision !== null && (
              <button type="button" className="button button--small" onClick={() => setDecision(null)}>
                {t('approveDialog.removeDecision')}
              </button>
            )}
          </div>
        </div>
        {error !== null && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('approveDialog.submitting') : t('approveDialog.submit', { version: nextVersion })}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('approveDialog.cancel')}
          </button>
        </div>
      </form>
      {picking && (
        <DecisionPickerDialog
          currentId={decision?.id ?? ''}
          onCancel={() => setPicking(false)}
          onPick={(picked) => {
            setDecision(picked)
            setPicking(false)
          }}
        />
      )}
    </ModalDialog>
  )
}
