import { useEffect, useId, useState } from 'react'
import type { DecisionEntry } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import type { DecisionChoices } from './DecisionDirectory'
import { describeDecision } from './describeDecision'

/** Props of {@link DecisionPickerDialog}. */
export interface DecisionPickerDialogProps {
  /** The decision linked now ('' for none). */
  currentId: string
  onPick: (decision: DecisionEntry) => void
  onCancel: () => void
}

const SHOWN = 50

/**
 * Chooses the decision an activity follows up: a search over the decision register (the server's
 * when online, with the device's own merged in; else the decisions in documents on this device,
 * which the dialog then says).
 */
export function DecisionPickerDialog({ currentId, onPick, onCancel }: DecisionPickerDialogProps) {
  const { decisions } = useAppServices()
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<{ query: string; choices: DecisionChoices } | null>(null)
  const [failed, setFailed] = useState(false)
  const searchId = useId()
  const resultsId = useId()

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      decisions.search(query).then(
        (choices) => {
          if (!current) return
          setFailed(false)
          setResult({ query, choices })
        },
        () => current && setFailed(true),
      )
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [decisions, query])

  const shown = result?.choices.decisions.slice(0, SHOWN) ?? []
  return (
    <ModalDialog title={t('decisionLink.dialogTitle')} onCancel={onCancel}>
      <div className="field">
        <label htmlFor={searchId}>{t('decisionLink.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          data-autofocus
          aria-controls={resultsId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p role="status" className="decision-picker__count">
        {result === null ? '' : t('decisionLink.count', { count: result.choices.total })}
      </p>
      <div id={resultsId} className="decision-picker__results" role="region" aria-label={t('decisionLink.results')}>
        {result?.choices.source === 'device' && <p className="note">{t('decisionLink.deviceOnly')}</p>}
        {failed && (
          <p className="alert alert--error" role="alert">
            {t('decisionLink.failed')}
          </p>
        )}
        {result === null && !failed ? (
          <p>{t('decisionLink.loading')}</p>
        ) : shown.length === 0 ? (
          <p>{t('decisionLink.none')}</p>
        ) : (
          <ul className="decision-picker__list">
            {shown.map((decision) => (
              <li key={`${decision.documentId}:${decision.id}`}>
                <button
                  type="button"
                  className="decision-picker__choice"
                  aria-current={decision.id === currentId ? 'true' : undefined}
                  onClick={() => onPick(decision)}
                >
                  {describeDecision(decision)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {result !== null && result.choices.total > SHOWN && (
          <p className="field__hint">{t('decisionLink.narrow', { count: result.choices.total })}</p>
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('decisionLink.cancel')}
        </button>
      </div>
    </ModalDialog>
  )
}
