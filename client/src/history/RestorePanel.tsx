import { useId, useMemo, useState } from 'react'
import { type JSONContent } from '@samskriv/shared'
import { restoreBlock, restoreBody, restoreCandidates, type BlockPath } from '@samskriv/shared/editor'
import type * as Y from 'yjs'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { t } from '../i18n/t'
import { canonicalLines } from '../versions/diffBodies'
import { HISTORY_RESTORE_ORIGIN } from './restoreOrigin'

/** Props of {@link RestorePanel}. */
export interface RestorePanelProps {
  /** The live document (the same one the editor binds to). */
  doc: Y.Doc
  /** The snapshot's body. */
  snapshotBody: JSONContent
  /** The current body, normalised. */
  currentBody: JSONContent
  /** The snapshot's time for people. */
  time: string
  /** Why restoring is not possible here, or null. */
  refusal: string | null
}

/** A block of the snapshot that differs from the current text, as listed. */
interface Candidate {
  readonly path: BlockPath
  readonly preview: string
  readonly kind: 'insert' | 'replace'
  /** The first line of the block that holds it, or null for a top-level block. */
  readonly within: string | null
}

const PREVIEW_LENGTH = 120

function preview(block: JSONContent): string {
  const text = canonicalLines({ type: 'doc', content: [block] }).join(' – ')
  if (text === '') return t('history.emptyBlock')
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text
}

/**
 * The blocks of a snapshot that are missing or changed in the current text, each with "Återställ
 * stycket", and "Återställ hela texten" (confirmed first). Restoring writes to the live document
 * as an ordinary edit: stored on the device, sent to the relay, received by everyone.
 */
export function RestorePanel({ doc, snapshotBody, currentBody, time, refusal }: RestorePanelProps) {
  const headingId = useId()
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const candidates = useMemo<Candidate[]>(
    () =>
      restoreCandidates(doc, snapshotBody).map((candidate) => {
        const holder = candidate.within.at(-1)
        return {
          path: candidate.path,
          preview: preview(candidate.block),
          kind: candidate.kind,
          within: holder ? (canonicalLines({ type: 'doc', content: [holder] })[0] ?? null) : null,
        }
      }),
    // The current body is read again shortly after each change: the candidates follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, snapshotBody, currentBody],
  )

  const attempt = (action: () => void, done: string) => {
    try {
      action()
      setOutcome({ ok: true, text: done })
    } catch {
      // Others changed the text meanwhile (the block that held it is gone), or it would not be valid.
      setOutcome({ ok: false, text: t('history.restoreFailed') })
    }
  }

  return (
    <section className="panel history-restore" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.restoreHeading')}</h2>
      {refusal !== null ? (
        <p className="note">{t('history.mayNotRestore', { reason: refusal })}</p>
      ) : (
        <>
          <p className="note">{t('history.restoreIntro')}</p>
          {candidates.length === 0 ? (
            <p>{t('history.nothingToRestore')}</p>
          ) : (
            <ul className="history-restore__blocks">
              {candidates.map((candidate) => (
                <li key={candidate.path.join('.')} className="history-restore__block">
                  <p className="history-restore__text">{candidate.preview}</p>
                  <p className="history-restore__state muted">
                    {candidate.kind === 'insert' ? t('history.blockMissing') : t('history.blockChanged')}
                    {candidate.within !== null && ` · ${t('history.within', { text: candidate.within })}`}
                  </p>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('history.restoreBlockLabel', { text: candidate.preview })}
                    onClick={() =>
                      attempt(
                        () => restoreBlock(doc, snapshotBody, candidate.path, HISTORY_RESTORE_ORIGIN),
                        t('history.restoredBlock'),
                      )
                    }
                  >
                    {t('history.restoreBlock')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('history.restoreAll')}
            </button>
          </p>
        </>
      )}
      <div role="status" aria-live="polite">
        {outcome?.ok === true && <p className="note">{outcome.text}</p>}
      </div>
      {outcome?.ok === false && (
        <p className="alert alert--error" role="alert">
          {outcome.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('history.restoreAllTitle')}
          text={t('history.restoreAllText', { time })}
          confirmLabel={t('history.restoreAllConfirm')}
          cancelLabel={t('history.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            attempt(() => restoreBody(doc, snapshotBody, HISTORY_RESTORE_ORIGIN), t('history.restoredAll', { time }))
          }}
        />
      )}
    </section>
  )
}
