/**
 * The message catalogue's texts for signing out (and removing this device's copies), Swedish
 * first, English mirroring it key for key.
 */
export const signOutSv = {
  'signOut.title': 'Logga ut',
  'signOut.synced': 'Allt på enheten är synkat med servern.',
  'signOut.reading': 'Kontrollerar vad som finns på enheten …',
  'signOut.unsyncedIntro': 'Det här finns bara på enheten, inte på servern än:',
  'signOut.unsyncedDocument': 'Ändringar i ”{title}”',
  'signOut.unsyncedFollowUps_one': '{count} uppföljning',
  'signOut.unsyncedFollowUps_other': '{count} uppföljningar',
  'signOut.unsyncedProposals_one': '{count} ändringsförslag',
  'signOut.unsyncedProposals_other': '{count} ändringsförslag',
  'signOut.waiting':
    'Det skickas till servern nu. När allt är synkat kan kopiorna tas bort; den här rutan uppdateras av sig själv.',
  'signOut.waitingOffline': 'Enheten är offline. Anslut den, så skickas det; när allt är synkat kan kopiorna tas bort.',
  'signOut.remove': 'Ta bort dokumenten från den här enheten',
  'signOut.removeHint': 'Rekommenderas på en delad enhet. Dokumenten finns kvar på servern.',
  'signOut.removeBlocked':
    'Kan väljas när allt är synkat. Loggar du ut nu finns allt kvar på enheten och skickas när någon loggar in igen.',
  'signOut.confirm': 'Logga ut',
  'signOut.confirmAndRemove': 'Logga ut och ta bort',
  'signOut.cancel': 'Avbryt',
  'signOut.doneRemoved': 'Du är utloggad. Dokumenten har tagits bort från den här enheten.',
  'signOut.doneKept': 'Du är utloggad. Dokumenten finns kvar på den här enheten.',
  'signOut.doneKeptUnsynced':
    'Du är utloggad. Dokumenten togs inte bort: något på enheten hade inte synkats. Det finns kvar och skickas när du loggar in igen.',
  'signOut.doneRemoveFailed':
    'Du är utloggad, men dokumenten på enheten kunde inte tas bort. Försök igen under Enhet och lagring.',
} as const
