import { useState } from 'react'
import type { DocumentId } from '@samskriv/shared'
import { t } from '../i18n/t'
import { MeetingOfflineDialog } from './MeetingOfflineDialog'
import '../styles/meeting.css'

/** The one action that makes a meeting's documents available offline (on a protocol). */
export function MeetingOfflineButton({ documentId }: { documentId: DocumentId }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('meeting.prepare')}
      </button>
      {open && <MeetingOfflineDialog documentId={documentId} onClose={() => setOpen(false)} />}
    </>
  )
}
