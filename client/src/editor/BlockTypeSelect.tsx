import type { Editor } from '@tiptap/core'
import { t } from '../i18n/t'
import type { ToolbarState } from './useToolbarState'

const LEVELS = [1, 2, 3] as const
type Choice = 'paragraph' | '1' | '2' | '3' | 'other'

/**
 * The block type as one native select (Brödtext, Rubrik 1–3), showing the type at the caret; one
 * control instead of four buttons keeps the toolbar on one row. Choosing returns focus to the text.
 */
export function BlockTypeSelect({
  editor,
  state,
  disabled,
}: {
  editor: Editor
  state: ToolbarState
  disabled: boolean
}) {
  const value: Choice = state.headingLevel !== null ? `${state.headingLevel}` : state.paragraph ? 'paragraph' : 'other'
  return (
    <select
      className="toolbar__select"
      aria-label={t('toolbar.blockGroup')}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const choice = event.target.value as Choice
        const chain = editor.chain().focus()
        if (choice === 'paragraph') chain.setParagraph().run()
        else if (choice !== 'other') chain.setHeading({ level: Number(choice) as 1 | 2 | 3 }).run()
      }}
    >
      {value === 'other' && (
        <option value="other" disabled>
          –
        </option>
      )}
      <option value="paragraph">{t('toolbar.paragraph')}</option>
      {LEVELS.map((level) => (
        <option key={level} value={`${level}`}>
          {t('toolbar.heading', { level })}
        </option>
      ))}
    </select>
  )
}
