import type { signOutSv } from './signOut.sv'

/** English for `signOut.sv.ts`, key for key. */
export const signOutEn: Record<keyof typeof signOutSv, string> = {
  'signOut.title': 'Sign out',
  'signOut.synced': 'Everything on this device is synced with the server.',
  'signOut.reading': 'Checking what is on this device …',
  'signOut.unsyncedIntro': 'This is only on this device, not yet on the server:',
  'signOut.unsyncedDocument': 'Changes in “{title}”',
  'signOut.unsyncedFollowUps_one': '{count} follow-up',
  'signOut.unsyncedFollowUps_other': '{count} follow-ups',
  'signOut.unsyncedProposals_one': '{count} proposed change',
  'signOut.unsyncedProposals_other': '{count} proposed changes',
  'signOut.waiting':
    'It is being sent to the server now. Once everything is synced the copies can be removed; this box updates by itself.',
  'signOut.waitingOffline':
    'The device is offline. Connect it and it is sent; once everything is synced the copies can be removed.',
  'signOut.remove': 'Remove the documents from this device',
  'signOut.removeHint': 'Recommended on a shared device. The documents stay on the server.',
  'signOut.removeBlocked':
    'Can be chosen once everything is synced. If you sign out now, everything stays on the device and is sent when someone signs in again.',
  'signOut.confirm': 'Sign out',
  'signOut.confirmAndRemove': 'Sign out and remove',
  'signOut.cancel': 'Cancel',
  'signOut.doneRemoved': 'You are signed out. The documents were removed from this device.',
  'signOut.doneKept': 'You are signed out. The documents are still on this device.',
  'signOut.doneKeptUnsynced':
    'You are signed out. The documents were not removed: something on the device was not synced. It is kept and sent when you sign in again.',
  'signOut.doneRemoveFailed':
    'You are signed out, but the documents on this device could not be removed. Try again under Device and storage.',
}
