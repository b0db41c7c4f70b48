import { lazy, Suspense } from 'react'
import { Route, Switch } from 'wouter'
import { useProposalOutbox } from '../approval/proposals/useProposalOutbox'
import { useFollowUpOutbox } from '../followUp/useFollowUpOutbox'
import { useServerNotices } from '../sync/useServerNotices'
import { RequireSignIn } from '../auth/RequireSignIn'
import { AppLayout } from '../components/AppLayout'
import { UpdatePrompt } from '../components/UpdatePrompt'
import { TodoPage } from '../todos/TodoPage'
import { useAuth } from '../auth/useAuth'
import { DeviceStoragePage } from '../device/DeviceStoragePage'
import { useBackgroundSync } from '../sync/useBackgroundSync'
import { AccountPage } from '../pages/AccountPage'
import { ActivityOverviewPage } from '../pages/ActivityOverviewPage'
import { DecisionRegisterPage } from '../pages/DecisionRegisterPage'
import { DocumentListPage } from '../pages/DocumentListPage'
import { InvitationPage } from '../pages/InvitationPage'
import { NotFoundPage } from '../pages/NotFoundPage'
import { SetupPage } from '../pages/SetupPage'
import { SignInPage } from '../pages/SignInPage'
import { TrashPage } from '../pages/TrashPage'
import { t } from '../i18n/t'

// The editor (Tiptap, ProseMirror) is its own chunk; the service worker precaches it for offline.
const EditorPage = lazy(async () => ({ default: (await import('../pages/EditorPage')).EditorPage }))
// So are the administration pages, which most people never open.
const AdminPage = lazy(async () => ({ default: (await import('../pages/AdminPage')).AdminPage }))
// The versions of a document render with the editor's block views: their own chunk too.
const VersionRoutes = lazy(async () => ({ default: (await import('../pages/VersionRoutes')).VersionRoutes }))
const HistoryRoutes = lazy(async () => ({ default: (await import('../pages/HistoryRoutes')).HistoryRoutes }))

/**
 * The routes inside the page frame, plus the update prompt. Sign-in, first start and invitations
 * are open to all; the rest needs a signed-in person once the server has accounts.
 */
export function App() {
  const { mode } = useAuth()
  useBackgroundSync(mode.kind === 'open' || mode.kind === 'signedIn')
  const working = mode.kind === 'open' || mode.kind === 'signedIn'
  useProposalOutbox(working)
  useFollowUpOutbox(working)
  useServerNotices(working)
  return (
    <>
      <AppLayout>
        <Switch>
          <Route path="/logga-in" component={SignInPage} />
          <Route path="/installera" component={SetupPage} />
          <Route path="/inbjudan" component={InvitationPage} />
          <Route path="/enhet" component={DeviceStoragePage} />
          <Route>
            <RequireSignIn>
              <ProtectedRoutes />
            </RequireSignIn>
          </Route>
        </Switch>
      </AppLayout>
      <UpdatePrompt />
    </>
  )
}

function ProtectedRoutes() {
  return (
    <Switch>
      <Route path="/" component={DocumentListPage} />
      <Route path="/beslut" component={DecisionRegisterPage} />
      <Route path="/aktiviteter" component={ActivityOverviewPage} />
      <Route path="/papperskorg" component={TrashPage} />
      <Route path="/konto" component={AccountPage} />
      <Route path="/att-gora" component={TodoPage} />
      <Route path="/dokument/:id/versioner/jamfor/:from/:to">
        {(params) => (
          <Suspense fallback={<p>{t('versions.loading')}</p>}>
            <VersionRoutes id={params.id} from={params.from} to={params.to} />
          </Suspense>
        )}
      </Route>
      <Route path="/dokument/:id/versioner/:number">
        {(params) => (
          <Suspense fallback={<p>{t('versions.loading')}</p>}>
            <VersionRoutes id={params.id} number={params.number} />
          </Suspense>
        )}
      </Route>
      <Route path="/dokument/:id/versioner">
        {(params) => (
          <Suspense fallback={<p>{t('versions.loading')}</p>}>
            <VersionRoutes id={params.id} />
          </Suspense>
        )}
      </Route>
      <Route path="/dokument/:id/historik/:snapshotId">
        {(params) => (
          <Suspense fallback={<p>{t('history.loading')}</p>}>
            <HistoryRoutes id={params.id} snapshotId={params.snapshotId} />
          </Suspense>
        )}
      </Route>
      <Route path="/dokument/:id/historik">
        {(params) => (
          <Suspense fallback={<p>{t('history.loading')}</p>}>
            <HistoryRoutes id={params.id} />
          </Suspense>
        )}
      </Route>
      <Route path="/dokument/:id">
        {(params) => (
          <Suspense fallback={<p>{t('editor.loading')}</p>}>
            <EditorPage id={params.id} />
          </Suspense>
        )}
      </Route>
      <Route path="/administration" nest>
        <Suspense fallback={<p>{t('admin.loading')}</p>}>
          <AdminPage />
        </Suspense>
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  )
}
