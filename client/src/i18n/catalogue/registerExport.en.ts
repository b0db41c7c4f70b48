import type { registerExportSv } from './registerExport.sv'

/** English for `registerExport.sv.ts`, key for key. */
export const registerExportEn: Record<keyof typeof registerExportSv, string> = {
  'registerExport.heading': 'Export',
  'registerExport.intro': 'What is listed with the filters above, as a file.',
  'registerExport.csv': 'Export as CSV',
  'registerExport.xlsx': 'Export as spreadsheet (Excel)',
  'registerExport.offline': 'The server makes the export; it can be fetched when the device is online.',
}
