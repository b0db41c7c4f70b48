/**
 * The message catalogue's texts for the follow-up of approved plans (Swedish first, English
 * mirroring it key for key).
 */
export const followUpSv = {
  'followUp.heading': 'Uppföljning',
  'followUp.intro':
    'Planen är godkänd och ändras inte. Här följer ni upp aktiviteterna: status, kommentar och när de genomfördes. Uppföljningen sparas för sig, med vem och när.',
  'followUp.loadFailed': 'Uppföljningen kunde inte hämtas från servern; enhetens kopia visas.',
  'followUp.noActivities': 'Planen har inga aktiviteter.',
  'followUp.none': 'Inte uppföljd ännu.',
  'followUp.status': 'Status enligt uppföljning',
  'followUp.planStatus': 'I planen: {status}',
  'followUp.doneOn': 'Genomförd {date}',
  'followUp.latest': 'Senast {date} av {name}',
  'followUp.entries_one': '{count} uppföljning',
  'followUp.entries_other': '{count} uppföljningar',
  'followUp.add': 'Följ upp',
  'followUp.addFor': 'Följ upp: {activity}',
  'followUp.formHeading': 'Ny uppföljning',
  'followUp.statusField': 'Status',
  'followUp.statusUnchanged': 'Oförändrad',
  'followUp.doneDate': 'Genomförd datum (valfritt)',
  'followUp.comment': 'Kommentar',
  'followUp.commentHint': 'Vad har gjorts, vad återstår? Kommentaren dateras i dag.',
  'followUp.save': 'Spara uppföljningen',
  'followUp.cancel': 'Avbryt',
  'followUp.empty': 'Ange en status, ett datum eller en kommentar.',
  'followUp.saved': 'Uppföljningen av ”{activity}” är sparad.',
  'followUp.savedOnDevice':
    'Uppföljningen av ”{activity}” är sparad på enheten och skickas till servern när den kan nås.',
  'followUp.saveFailed': 'Uppföljningen kunde inte sparas: {reason}',
  'followUp.log': 'Logg för {activity}',
  'followUp.pending': 'Ej synkad',
  'followUp.refused': 'Servern tog inte emot uppföljningen ({code}).',
  'followUp.statusEntry': 'Status: {status}.',
  'followUp.reportHeading': 'Uppföljningsrapport',
  'followUp.reportIntro':
    'Rapporten visar varje aktivitets status vid periodens slut och vad som skrevs under perioden.',
  'followUp.reportFrom': 'Från och med',
  'followUp.reportTo': 'Till och med',
  'followUp.reportPdf': 'Rapport som PDF',
  'followUp.reportXlsx': 'Rapport som kalkylblad (Excel)',
  'followUp.reportOffline': 'Rapporten tas fram av servern; den kan hämtas när enheten är online.',
  'followUp.recordedAsFollowUp': 'Planen är godkänd: statusen för ”{activity}” sparades som uppföljning ({status}).',
  'followUp.recordedAsFollowUpOnDevice':
    'Planen är godkänd: statusen för ”{activity}” sparades som uppföljning ({status}) på enheten och skickas när servern kan nås.',
} as const
