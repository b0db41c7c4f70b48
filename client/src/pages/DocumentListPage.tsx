import { useState } from 'react'
import { useAppServices } from '../services/useAppServices'
import { useDocumentActions } from '../documents/useDocumentActions'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { AccessLostNotice } from '../documents/AccessLostNotice'
import { CreateDocumentForm } from '../documents/CreateDocumentForm'
import { DocumentListSection } from '../documents/DocumentListSection'
import type { DocumentListRow } from '../documents/mergeDocumentList'
import { GiveToGroupDialog } from '../documents/GiveToGroupDialog'
import { RenameDialog } from '../documents/RenameDialog'
import { SearchableDocumentRows } from '../search/SearchableDocumentRows'
import { useGroupDirectory } from '../groups/useGroupDirectory'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'

/** `/`: create a document and list every document (searched and filtered), with rename and move to trash. */
export function DocumentListPage() {
  usePageTitle(t('list.title'))
  const { library } = useAppServices()
  const [renaming, setRenaming] = useState<DocumentListRow | null>(null)
  const [trashing, setTrashing] = useState<DocumentListRow | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [giving, setGiving] = useState<DocumentListRow | null>(null)
  const [given, setGiven] = useState('')
  const groups = useGroupDirectory()
  const allows = useDocumentActions()

  function run(action: () => Promise<void>): void {
    setActionError(null)
    action().catch((error: unknown) => setActionError(t('list.actionFailed', { reason: describeStorageError(error) })))
  }

  return (
    <div className="page">
      <h1>{t('list.title')}</h1>
      <AccessLostNotice />
      <CreateDocumentForm />
      <p role="status" className="admin-status">
        {given}
      </p>
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
        allows={allows}
        {...(groups.active ? { groupNames: groups.names } : {})}
        {...(groups.isAdmin ? { onGiveToGroup: setGiving } : {})}
        renderRows={(rows, server, table) => (
          <SearchableDocumentRows
            rows={rows}
            server={server}
            table={table}
            groupNames={groups.active ? groups.names : undefined}
          />
        )}
      />
      {giving !== null && (
        <GiveToGroupDialog
          title={giving.title}
          groups={groups.all}
          onCancel={() => setGiving(null)}
          onGive={async (groupId) => {
            await library.moveToGroup(giving.id, groupId)
            setGiven(t('list.givenToGroup', { title: giving.title, group: groups.names.get(groupId) ?? '' }))
            setGiving(null)
          }}
        />
      )}
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
