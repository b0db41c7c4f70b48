import type { ReportTable } from './ReportTable.js'

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start)
 * get an apostrophe first: a CSV file never carries a formula from someone's text (OWASP's advice).
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function quote(cell: string | number | null): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = defuse(cell)
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A table as CSV the way Swedish spreadsheets open it: UTF-8 with a byte-order mark, semicolons
 * between fields (the comma is the decimal separator in sv-SE), CRLF line ends, fields quoted as
 * RFC 4180 says.
 */
export function writeCsv(table: ReportTable): Buffer {
  const lines = [table.columns.map((c) => quote(c.header)), ...table.rows.map((row) => row.map(quote))]
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8')
}
