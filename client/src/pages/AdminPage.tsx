import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { AuditLogSection } from '../admin/AuditLogSection'
import { GroupMembersSection } from '../admin/GroupMembersSection'
import { GroupsSection } from '../admin/GroupsSection'
import { UsersSection } from '../admin/UsersSection'
import { canAdminister } from '../auth/canAdminister'
import { useAuth } from '../auth/useAuth'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

/**
 * `/administration`: people (invitations), groups and their members, and the audit log for
 * administrators; a coordinator sees the members of the groups they coordinate.
 */
export function AdminPage() {
  usePageTitle(t('admin.title'))
  const { mode, snapshot } = useAuth()
  const [location] = useLocation()
  const isAdmin = mode.kind === 'signedIn' && mode.user.isAdmin
  if (!isAdmin && !canAdminister(snapshot.me)) {
    return (
      <div className="page">
        <h1>{t('admin.title')}</h1>
        <p>{mode.kind === 'open' ? t('admin.openMode') : t('admin.notAllowed')}</p>
      </div>
    )
  }
  const tabs = [
    ...(isAdmin ? [{ href: '/personer', label: t('admin.users') }] : []),
    { href: '/grupper', label: t('admin.groups') },
    ...(isAdmin ? [{ href: '/logg', label: t('admin.audit') }] : []),
  ]
  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      <nav className="admin-nav" aria-label={t('admin.navLabel')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={location === tab.href || location.startsWith(`${tab.href}/`) ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Switch>
        <Route path="/personer">{isAdmin ? <UsersSection /> : <Redirect to="/grupper" />}</Route>
        <Route path="/grupper">
          <GroupsSection isAdmin={isAdmin} />
        </Route>
        <Route path="/grupper/:id">{(params) => <GroupMembersSection groupId={params.id} />}</Route>
        <Route path="/logg">{isAdmin ? <AuditLogSection /> : <Redirect to="/grupper" />}</Route>
        <Route>
          <Redirect to={isAdmin ? '/personer' : '/grupper'} replace />
        </Route>
      </Switch>
    </div>
  )
}
