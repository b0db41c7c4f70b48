import { useState } from 'react'
import { useAppServices } from '../app/useAppServices'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { CreateDocumentForm } from '../documents/CreateDocumentForm'
import { DocumentListSection } from '../documents/DocumentListSection'
import type { DocumentListRow } from '../documents/mergeDocumentList'
import { RenameDialog } from '../documents/RenameDialog'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'

/** `/`: create a document and list every document, with rename and move to trash. */
export function DocumentListPage() {
  usePageTitle(t('list.title'))
  const { library } = useAppServices()
  const [renaming, setRenaming] = useState<DocumentListRow | null>(null)
  const [trashing, setTrashing] = useState<DocumentListRow | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  function run(action: () => Promise<void>): void {
    setActionError(null)
    action().catch((error: unknown) => setActionError(t('list.actionFailed', { reason: describeStorageError(error) })))
  }

  return (
    <div className="page">
      <h1>{t('list.title')}</h1>
      <CreateDocumentForm />
      {actionError !== null && (
        <p className="alert alert--error" role="alert">
          {actionError}
        </p>
      )}
      <DocumentListSection
        view="live"
        heading={t('list.tableHeading')}
        emptyText={t('list.empty')}
        emptyOnDeviceText={t('list.emptyOnDevice')}
        onRename={setRenaming}
        onTrash={setTrashing}
      />
      {renaming !== null && (
        <RenameDialog
          currentTitle={renaming.title}
          onCancel={() => setRenaming(null)}
          onRename={(title) => {
            setRenaming(null)
            run(() => library.rename(renaming, title))
          }}
        />
      )}
      {trashing !== null && (
        <ConfirmDialog
          title={t('list.trashDialogTitle')}
          text={t('list.trashDialogText', { title: trashing.title })}
          confirmLabel={t('list.trashConfirm')}
          cancelLabel={t('list.cancel')}
          onCancel={() => setTrashing(null)}
          onConfirm={() => {
            setTrashing(null)
            run(() => library.trash(trashing))
          }}
        />
      )}
    </div>
  )
}
