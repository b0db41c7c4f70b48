import { useId, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { attendeesToCarryOver, findPreviousProtocol, missingAttendees, type PastedPerson } from '@samskriv/shared'
import { useMeetingDefaults } from '../editor/blocks/useMeetingDefaults'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import { useLocalProtocols } from './useLocalProtocols'

/** Props of {@link CopyAttendanceButton}. */
export interface CopyAttendanceButtonProps {
  editor: Editor
  documentId: string
  /** Which list this is: members are copied from members, others from others. */
  kind: 'members' | 'others'
  /** The names already on the list. */
  existing: readonly { readonly name: string }[]
  /** Adds people at the end of the list (one step). */
  onAdd: (people: PastedPerson[]) => void
}

/**
 * Copies the people of the same list in the body's previous protocol (on this device) who are not
 * on this list yet. Offered only when this protocol names its body and such a protocol exists.
 */
export function CopyAttendanceButton({ editor, documentId, kind, existing, onAdd }: CopyAttendanceButtonProps) {
  const { decidingBody, date } = useMeetingDefaults(editor)
  const protocols = useLocalProtocols(decidingBody.trim() !== '')
  const [result, setResult] = useState<string | null>(null)
  const sourceId = useId()
  const previous = findPreviousProtocol(protocols.data ?? [], { decidingBody, excludeId: documentId, before: date })
  const source = previous === null ? null : (protocols.data ?? []).find((p) => p.id === previous.id)
  if (source === undefined || source === null) return null

  function copy(): void {
    if (source === undefined || source === null) return
    const people = missingAttendees(attendeesToCarryOver(source.body, kind), existing)
    if (people.length > 0) onAdd(people)
    setResult(people.length > 0 ? t('previous.copied', { count: people.length }) : t('previous.nothingToCopy'))
  }

  return (
    <>
      <button type="button" className="button button--small" aria-describedby={sourceId} onClick={copy}>
        {t('previous.copyAttendance')}
      </button>
      <span id={sourceId} className="attendance__copy-source">
        {t('previous.copyAttendanceFrom', {
          title: source.title,
          date: source.date === '' ? t('previous.noDate') : formatDate(source.date),
        })}
      </span>
      <span className="attendance__copy-result" role="status">
        {result}
      </span>
    </>
  )
}
