import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node'
import type { ReportTable } from './ReportTable.js'

/** Sheet names: at most 31 characters, none of `: \ / ? * [ ]`. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Blad'
}

/** One or more tables as an XLSX workbook: a sheet each, a bold header row, set column widths, wrapped text. */
export function writeXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const sheets: Array<Sheet<Buffer>> = tables.map((table) => {
    const header: Row = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }))
    const rows: Row[] = table.rows.map((row) =>
      row.map((cell) =>
        cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, wrap: true },
      ),
    )
    return {
      data: [header, ...rows],
      sheet: sheetName(table.name),
      columns: table.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    }
  })
  return writeXlsxFile(sheets).toBuffer()
}
