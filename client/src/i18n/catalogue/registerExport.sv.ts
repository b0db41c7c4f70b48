/**
 * The message catalogue's texts for exporting the registers (Swedish first, English mirroring it
 * key for key).
 */
export const registerExportSv = {
  'registerExport.heading': 'Exportera',
  'registerExport.intro': 'Det som listas med filtren ovan, som fil.',
  'registerExport.csv': 'Exportera som CSV',
  'registerExport.xlsx': 'Exportera som kalkylblad (Excel)',
  'registerExport.offline': 'Exporten tas fram av servern; den kan hämtas när enheten är online.',
} as const
