import type { PlainMessageKey } from '../i18n/messages'
import { t } from '../i18n/t'

const ACTIONS: Record<string, PlainMessageKey> = {
  firstAdministratorCreated: 'audit.firstAdministratorCreated',
  userCreatedFromCommandLine: 'audit.userCreatedFromCommandLine',
  signIn: 'audit.signIn',
  signInFailed: 'audit.signInFailed',
  signOut: 'audit.signOut',
  userInvited: 'audit.userInvited',
  invitationAccepted: 'audit.invitationAccepted',
  groupCreated: 'audit.groupCreated',
  roleChanged: 'audit.roleChanged',
  documentMoved: 'audit.documentMoved',
  approved: 'audit.approved',
  revisionOpened: 'audit.revisionOpened',
  justeringStarted: 'audit.justeringStarted',
  justeringConfirmed: 'audit.justeringConfirmed',
  justeringReturned: 'audit.justeringReturned',
  proposalCreated: 'audit.proposalCreated',
  proposalApplied: 'audit.proposalApplied',
  proposalDismissed: 'audit.proposalDismissed',
  documentCreated: 'audit.documentCreated',
  documentRenamed: 'audit.documentRenamed',
  documentTrashed: 'audit.documentTrashed',
  documentRestored: 'audit.documentRestored',
  userDisabled: 'audit.userDisabled',
  userEnabled: 'audit.userEnabled',
  administratorGranted: 'audit.administratorGranted',
  administratorWithdrawn: 'audit.administratorWithdrawn',
  invitationReissued: 'audit.invitationReissued',
  passwordResetIssued: 'audit.passwordResetIssued',
  passwordReset: 'audit.passwordReset',
  passwordChanged: 'audit.passwordChanged',
  sessionRevoked: 'audit.sessionRevoked',
  sessionsRevoked: 'audit.sessionsRevoked',
  followUpRecorded: 'audit.followUpRecorded',
}

/** What an audit entry's action means, in words; an action this version does not know, as its code. */
export function describeAuditAction(action: string): string {
  const key = ACTIONS[action]
  return key === undefined ? t('audit.other', { action }) : t(key)
}
