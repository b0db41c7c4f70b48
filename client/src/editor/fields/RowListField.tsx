import { useState, type ReactNode } from 'react'

/** Props of {@link RowListField}. */
export interface RowListFieldProps<T> {
  legend: string
  rows: readonly T[]
  onCommit: (rows: T[]) => void
  disabled: boolean
  /** A new, empty row. */
  createRow: () => T
  /** The fields of one row; `autoFocus` is set on the row just added, for its first field. */
  renderRow: (row: T, update: (next: T) => void, autoFocus: boolean) => ReactNode
  addLabel: string
  /** The accessible name of row `index`'s remove button. */
  removeLabel: (row: T, index: number) => string
  emptyText?: string
  /** Most rows allowed (the attribute's schema limit). */
  max: number
  className?: string | undefined
}

/**
 * An editable list of small records (presenters, attachments, milestones): one row of fields each,
 * a remove button per row and an add button that focuses the new row.
 */
export function RowListField<T>({
  legend,
  rows,
  onCommit,
  disabled,
  createRow,
  renderRow,
  addLabel,
  removeLabel,
  emptyText,
  max,
  className,
}: RowListFieldProps<T>) {
  const [added, setAdded] = useState<number | null>(null)
  return (
    <fieldset className={className ? `block-fieldset ${className}` : 'block-fieldset'}>
      <legend>{legend}</legend>
      {rows.length === 0 && emptyText !== undefined && <p className="field__hint">{emptyText}</p>}
      {rows.length > 0 && (
        <ul className="row-list">
          {rows.map((row, index) => (
            // Rows have no identity of their own; a draft only lives while its field has focus.
            <li key={index} className="row-list__row">
              <div className="row-list__fields">
                {renderRow(
                  row,
                  (next) => onCommit(rows.map((existing, i) => (i === index ? next : existing))),
                  index === added,
                )}
              </div>
              <button
                type="button"
                className="button button--small row-list__remove"
                disabled={disabled}
                aria-label={removeLabel(row, index)}
                onClick={() => {
                  setAdded(null)
                  onCommit(rows.filter((_, i) => i !== index))
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={disabled || rows.length >= max}
        onClick={() => {
          setAdded(rows.length)
          onCommit([...rows, createRow()])
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  )
}
