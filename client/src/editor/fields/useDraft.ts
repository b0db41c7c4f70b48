import { useState } from 'react'

/** A field's text while the user edits it, and the value it stood for when typed. */
interface Draft<T> {
  text: string
  base: T
}

/** What {@link useDraft} returns. */
export interface DraftState<T> {
  /** The text to show: the user's draft while it still stands for the current value, else the value. */
  text: string
  /** Records what the user typed and the value it stands for (the current value if it is invalid). */
  change: (text: string, value: T) => void
  /** Drops the draft (on blur), so the field shows the value in its canonical form. */
  reset: () => void
}

/**
 * Keeps what the user types in a field bound to a block attribute. The attribute is written on
 * every change, so others see it at once; the field keeps showing the typed text ("Anna, " while a
 * list is being written) until the attribute changes to something else, e.g. by another writer
 * (unless `hold`: then until the draft is reset).
 */
export function useDraft<T>(
  value: T,
  format: (value: T) => string,
  equal: (a: T, b: T) => boolean,
  /** Keep showing the draft whatever the value becomes (the user is typing in the field). */
  hold = false,
): DraftState<T> {
  const [draft, setDraft] = useState<Draft<T> | null>(null)
  const text = draft !== null && (hold || equal(draft.base, value)) ? draft.text : format(value)
  return {
    text,
    change: (nextText, nextValue) => setDraft({ text: nextText, base: nextValue }),
    reset: () => setDraft(null),
  }
}
