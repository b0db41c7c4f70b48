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

export const registerExportEn: Record<keyof typeof registerExportSv, string> = {
  'registerExport.heading': 'Export',
  'registerExport.intro': 'What is listed with the filters above, as a file.',
  'registerExport.csv': 'Export as CSV',
  'registerExport.xlsx': 'Export as spreadsheet (Excel)',
  'registerExport.offline': 'The server makes the export; it can be fetched when the device is online.',
}
