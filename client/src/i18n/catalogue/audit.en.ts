import type { auditSv } from './audit.sv'

/** English for `audit.sv.ts`, key for key. */
export const auditEn: Record<keyof typeof auditSv, string> = {
  'audit.firstAdministratorCreated': 'First administrator created',
  'audit.userCreatedFromCommandLine': 'Account created from the command line',
  'audit.signIn': 'Sign-in',
  'audit.signInFailed': 'Failed sign-in',
  'audit.signOut': 'Sign-out',
  'audit.userInvited': 'Person invited',
  'audit.invitationAccepted': 'Invitation accepted',
  'audit.groupCreated': 'Group created',
  'audit.roleChanged': 'Role changed',
  'audit.documentMoved': 'Document given to a group',
  'audit.approved': 'Document approved',
  'audit.revisionOpened': 'New revision opened',
  'audit.justeringStarted': 'Justering started',
  'audit.justeringConfirmed': 'Justering confirmed',
  'audit.justeringReturned': 'Justering returned',
  'audit.proposalCreated': 'Proposal saved',
  'audit.proposalApplied': 'Proposal applied',
  'audit.proposalDismissed': 'Proposal dismissed',
  'audit.other': 'Other event ({action})',
}
