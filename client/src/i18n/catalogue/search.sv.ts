/**
 * The message catalogue's texts for searching and filtering the document list (Swedish first,
 * English mirroring it key for key).
 */
export const searchSv = {
  'search.heading': 'Sök och filtrera',
  'search.query': 'Sök i dokumenten',
  'search.queryHint':
    'Söker i titlar och text. Visar dokument där alla orden finns, oavsett stora eller små bokstäver.',
  'search.type': 'Dokumenttyp',
  'search.status': 'Status',
  'search.group': 'Ägande grupp',
  'search.body': 'Organ',
  'search.any': 'Alla',
  'search.statusDraft': 'Utkast',
  'search.statusJustering': 'Fryst för justering',
  'search.statusApproved': 'Godkänd',
  'search.clear': 'Rensa filter',
  'search.count_one': '{count} dokument av {total} visas.',
  'search.count_other': '{count} dokument av {total} visas.',
  'search.none': 'Inga dokument matchar sökningen och filtren.',
  'search.titleOnly_one':
    '{count} dokument finns inte på enheten och servern kunde inte svara: där söktes bara titeln.',
  'search.titleOnly_other':
    '{count} dokument finns inte på enheten och servern kunde inte svara: där söktes bara titlarna.',
  'search.matchIn': 'Träff i texten:',
} as const
