import type { readingViewSv } from './readingView.sv'

/** English for `readingView.sv.ts`, key for key. */
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
