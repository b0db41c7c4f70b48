import { useEffect, useRef, useState } from 'react'

/**
 * How long after leaving a field a different value from elsewhere still counts as written at the
 * same time (the other writer's keys were on their way while this one typed).
 */
export const CONCURRENT_EDIT_MS = 5_000

/** What {@link useOverwrittenValue} returns. */
export interface OverwrittenValue<T> {
  /** What this person wrote that another writer's value replaced, or null. */
  readonly overwritten: T | null
  /** This person is in the field: it shows their text (as when they entered), whatever arrives. */
  readonly editing: boolean
  /** Records a value this person wrote into the field (call with every commit). */
  readonly wrote: (value: T) => void
  /** The field got or lost focus. */
  readonly focused: (focused: boolean) => void
  /** Forgets the replaced value (after it was restored, or the new one kept). */
  readonly dismiss: () => void
}

/**
 * A short field holds one value, and the last writer's wins: two people typing into it at once
 * keep only one. While this person is in the field, it keeps showing their text, as in a
 * spreadsheet's cell (each key still writes it, whole, and the field shows who else is in it), so
 * two texts never mix key by key; and when another writer's
 * value stands in the end (this person left the field, or it arrived moments after), what this
 * person wrote is returned as `overwritten`, for the field to show and offer back: no one's text
 * vanishes without a trace.
 */
export function useOverwrittenValue<T>(value: T, equal: (a: T, b: T) => boolean): OverwrittenValue<T> {
  const [overwritten, setOverwritten] = useState<T | null>(null)
  const [editing, setEditing] = useState(false)
  // What this person wrote lately (their own values come back as the field's value).
  const written = useRef<{ value: T; at: number }[]>([])
  const isFocused = useRef(false)
  const latest = useRef(value)

  const judge = (): void => {
    const mine = written.current
    const last = mine.at(-1)
    if (last === undefined || mine.some((entry) => equal(entry.value, latest.current))) return
    if (isFocused.current || Date.now() - last.at < CONCURRENT_EDIT_MS) setOverwritten(last.value)
    written.current = []
  }

  useEffect(() => {
    latest.current = value
    // While in the field, it shows this person's text; it is judged when they leave.
    if (!isFocused.current) judge()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- judged on each new value only
  }, [value])

  return {
    overwritten,
    editing,
    wrote: (next) => {
      const now = Date.now()
      written.current = [
        ...written.current.filter((entry) => now - entry.at < CONCURRENT_EDIT_MS),
        { value: next, at: now },
      ]
      setOverwritten(null)
    },
    focused: (focused) => {
      if (!focused && isFocused.current) judge()
      isFocused.current = focused
      setEditing(focused)
    },
    dismiss: () => setOverwritten(null),
  }
}
