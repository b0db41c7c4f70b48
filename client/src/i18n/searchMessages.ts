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

export const searchEn: Record<keyof typeof searchSv, string> = {
  'search.heading': 'Search and filter',
  'search.query': 'Search the documents',
  'search.queryHint': 'Searches titles and text. Shows documents that contain all the words, in upper or lower case.',
  'search.type': 'Document type',
  'search.status': 'Status',
  'search.group': 'Owning group',
  'search.body': 'Body',
  'search.any': 'All',
  'search.statusDraft': 'Draft',
  'search.statusJustering': 'Frozen for justering',
  'search.statusApproved': 'Approved',
  'search.clear': 'Clear filters',
  'search.count_one': '{count} of {total} documents shown.',
  'search.count_other': '{count} of {total} documents shown.',
  'search.none': 'No documents match the search and filters.',
  'search.titleOnly_one':
    '{count} document is not on this device and the server could not answer: only its title was searched.',
  'search.titleOnly_other':
    '{count} documents are not on this device and the server could not answer: only their titles were searched.',
  'search.matchIn': 'Found in the text:',
}
