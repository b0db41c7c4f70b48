/** The message catalogue's texts for the reading view and the compact editor chrome (Swedish first, English mirroring it key for key). */
export const readingViewSv = {
  'reading.label': 'Dokumentets text',
  'reading.empty': 'Dokumentet har ingen text ännu.',
  'reading.showForm': 'Visa som formulär',
  'reading.showReading': 'Visa läsvy',
  'reading.formHint': 'I formuläret kan du markera text för att kommentera den och se var kommentarerna sitter.',
  'reading.signaturesPending': 'Underskrifterna visas när godkännandet har hämtats från servern.',
  'toolbar.more': 'Mer',
  'toolbar.moreLabel': 'Fler verktyg',
  'toolbar.boldSymbol': 'F',
  'toolbar.italicSymbol': 'K',
  'approval.details': 'Om godkännandet',
} as const
