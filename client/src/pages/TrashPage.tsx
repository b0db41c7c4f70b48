import { useState } from 'react'
import { useAppServices } from '../services/useAppServices'
import { DocumentListSection } from '../documents/DocumentListSection'
import { useDocumentActions } from '../documents/useDocumentActions'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'

/** `/papperskorg`: documents moved to the trash, each with a restore button. */
export function TrashPage() {
  usePageTitle(t('trash.title'))
  const { library } = useAppServices()
  const [actionError, setActionError] = useState<string | null>(null)
  const allows = useDocumentActions()

  return (
    <div className="page">
      <h1>{t('trash.title')}</h1>
      <p>{t('trash.intro')}</p>
      {actionError !== null && (
        <p className="alert alert--error" role="alert">
          {actionError}
        </p>
      )}
      <DocumentListSection
        view="trash"
        heading={t('trash.tableHeading')}
        emptyText={t('trash.empty')}
        emptyOnDeviceText={t('trash.emptyOnDevice')}
        allows={allows}
        onRestore={(row) => {
          setActionError(null)
          library.restore(row).catch((error: unknown) => {
            setActionError(t('list.actionFailed', { reason: describeStorageError(error) }))
          })
        }}
      />
    </div>
  )
}
