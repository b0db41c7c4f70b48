import { useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { Link } from 'wouter'
import { t } from '../i18n/t'
import { blockHref } from './blockHref'
import { DecisionPickerDialog } from './DecisionPickerDialog'
import { describeDecision } from './describeDecision'
import { useLinkedDecision } from './useLinkedDecision'

/** Props of {@link DecisionLinkField}. */
export interface DecisionLinkFieldProps {
  /** The linked decision's block id, or ''. */
  decisionId: string
  onCommit: (decisionId: string) => void
  disabled: boolean
}

/**
 * "Kopplat beslut": the decision that gave rise to an activity, shown by title, body and date with
 * a link to it in its protocol; chosen from the decision register in a dialog, or removed.
 */
export function DecisionLinkField({ decisionId, onCommit, disabled }: DecisionLinkFieldProps) {
  const [picking, setPicking] = useState(false)
  const linked = useLinkedDecision(decisionId)
  const labelId = useId()
  return (
    <div className="decision-link" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="decision-link__label">
        {t('decisionLink.label')}
      </span>
      <p className="decision-link__value">
        {linked.state === 'none' && t('decisionLink.noneLinked')}
        {linked.state === 'loading' && t('decisionLink.looking')}
        {linked.state === 'missing' && t('decisionLink.missing')}
        {linked.state === 'found' && (
          <Link href={blockHref(linked.decision.documentId, linked.decision.id)}>
            {describeDecision(linked.decision)}
          </Link>
        )}
      </p>
      {!disabled && (
        <div className="decision-link__actions">
          <button type="button" className="button button--small" onClick={() => setPicking(true)}>
            {decisionId === '' ? t('decisionLink.choose') : t('decisionLink.change')}
          </button>
          {decisionId !== '' && (
            <button type="button" className="button button--small" onClick={() => onCommit('')}>
              {t('decisionLink.remove')}
            </button>
          )}
        </div>
      )}
      {picking &&
        // In the page, not in the editor's content: the dialog's keys must not reach ProseMirror.
        createPortal(
          <DecisionPickerDialog
            currentId={decisionId}
            onCancel={() => setPicking(false)}
            onPick={(decision) => {
              setPicking(false)
              onCommit(decision.id)
            }}
          />,
          document.body,
        )}
    </div>
  )
}
