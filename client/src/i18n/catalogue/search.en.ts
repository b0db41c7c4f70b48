import type { searchSv } from './search.sv'

/** English for `search.sv.ts`, key for key. */
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
