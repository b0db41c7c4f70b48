import { t } from '../i18n/t'
import { describeSyncRefusal } from './describeSyncRefusal'
import type { DocumentListRow } from './mergeDocumentList'

/** "Ej synkat" / "Finns på enheten" and a refusal, as text (never colour alone). */
export function DocumentStatusMarkers({ row }: { row: DocumentListRow }) {
  return (
    <>
      <ul className="markers">
        {row.unsynced && <li className="marker marker--unsynced">{t('list.unsynced')}</li>}
        {row.storedLocally && <li className="marker marker--local">{t('list.storedLocally')}</li>}
      </ul>
      {row.syncError !== null && (
        <p className="markers__error">{t('list.syncRefused', { reason: describeSyncRefusal(row.syncError) })}</p>
      )}
    </>
  )
}
