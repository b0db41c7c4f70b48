import { Fragment } from 'react'
import { t } from '../i18n/t'
import type { BodyDiff, DiffPart } from './diffBodies'

/**
 * A comparison as a document: unchanged text as is, additions in `<ins>` (underlined, "+"),
 * removals in `<del>` (struck through, "−"), each also announced in words for screen readers, so
 * nothing depends on colour.
 */
export function VersionDiffView({ diff, identical }: { diff: BodyDiff; identical?: string }) {
  return (
    <div className="version-diff" data-testid="version-diff">
      <p className="note">{t('compare.legend')}</p>
      <p role="status">
        {diff.added === 0 && diff.removed === 0
          ? (identical ?? t('compare.identical'))
          : t('compare.summary', {
              added: t('compare.additions', { count: diff.added }),
              removed: t('compare.removals', { count: diff.removed }),
            })}
      </p>
      <div className="version-diff__lines">
        {diff.lines.map((line, index) => (
          <p key={index} className={`version-diff__line version-diff__line--${line.kind}`}>
            {line.parts.map((part, partIndex) => (
              <Fragment key={partIndex}>
                <Part part={part} />
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </div>
  )
}

function Part({ part }: { part: DiffPart }) {
  if (part.kind === 'same') return <>{part.text}</>
  if (part.kind === 'added') {
    return (
      <ins className="version-diff__added">
        <span className="visually-hidden">{`${t('compare.added')} `}</span>
        <span aria-hidden="true" className="version-diff__marker">
          +
        </span>
        {part.text}
        <span className="visually-hidden">{` (${t('compare.addedEnd')})`}</span>
      </ins>
    )
  }
  return (
    <del className="version-diff__removed">
      <span className="visually-hidden">{`${t('compare.removed')} `}</span>
      <span aria-hidden="true" className="version-diff__marker">
        −
      </span>
      {part.text}
      <span className="visually-hidden">{` (${t('compare.removedEnd')})`}</span>
    </del>
  )
}
