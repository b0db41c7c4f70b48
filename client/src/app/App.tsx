import { lazy, Suspense } from 'react'
import { Route, Switch } from 'wouter'
import { AppLayout } from '../components/AppLayout'
import { UpdatePrompt } from '../components/UpdatePrompt'
import { useBackgroundSync } from '../hooks/useBackgroundSync'
import { DeviceStoragePage } from '../device/DeviceStoragePage'
import { ActivityOverviewPage } from '../pages/ActivityOverviewPage'
import { DecisionRegisterPage } from '../pages/DecisionRegisterPage'
import { DocumentListPage } from '../pages/DocumentListPage'
import { NotFoundPage } from '../pages/NotFoundPage'
import { TrashPage } from '../pages/TrashPage'
import { t } from '../i18n/t'

// The editor (Tiptap, ProseMirror) is its own chunk; the service worker precaches it for offline.
const EditorPage = lazy(async () => ({ default: (await import('../pages/EditorPage')).EditorPage }))

/** The routes inside the page frame, plus the update prompt. */
export function App() {
  useBackgroundSync()
  return (
    <>
      <AppLayout>
        <Switch>
          <Route path="/" component={DocumentListPage} />
          <Route path="/beslut" component={DecisionRegisterPage} />
          <Route path="/aktiviteter" component={ActivityOverviewPage} />
          <Route path="/papperskorg" component={TrashPage} />
          <Route path="/enhet" component={DeviceStoragePage} />
          <Route path="/dokument/:id">
            {(params) => (
              <Suspense fallback={<p>{t('editor.loading')}</p>}>
                <EditorPage id={params.id} />
              </Suspense>
            )}
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </AppLayout>
      <UpdatePrompt />
    </>
  )
}
