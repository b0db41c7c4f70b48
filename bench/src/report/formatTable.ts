import type { ResultTable } from './ScenarioResult.js'

/** A table as aligned plain text: the title, a header, a rule and the rows (numbers right-aligned). */
export function formatTable(table: ResultTable): string {
  const cells = [table.columns, ...table.rows].map((row) => row.map((cell) => (cell === null ? '–' : String(cell))))
  const widths = table.columns.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  const numeric = (text: string) => /^[-+]?[\d.,/×%– ]+$/.test(text)
  const line = (row: string[]) =>
    row
      .map((text, column) => {
        const width = widths[column] ?? 0
        return column > 0 && numeric(text) ? text.padStart(width) : text.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  const [header = [], ...body] = cells
  return [table.title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}
