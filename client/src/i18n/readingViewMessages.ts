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

export const readingViewEn: Record<keyof typeof readingViewSv, string> = {
  'reading.label': 'The document’s text',
  'reading.empty': 'The document has no text yet.',
  'reading.showForm': 'Show as form',
  'reading.showReading': 'Show reading view',
  'reading.formHint': 'In the form you can select text to comment on it and see where the comments are.',
  'reading.signaturesPending': 'The signatures show once the approval has been fetched from the server.',
  'toolbar.more': 'More',
  'toolbar.moreLabel': 'More tools',
  'toolbar.boldSymbol': 'B',
  'toolbar.italicSymbol': 'I',
  'approval.details': 'About the approval',
}
