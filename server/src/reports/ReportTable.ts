/** One cell of a report: text, a number, or nothing. Days stay text (YYYY-MM-DD), as people read them. */
export type ReportCell = string | number | null

/** A table of a report or register export: what the CSV, XLSX (and PDF) writers are given. */
export interface ReportTable {
  /** The sheet's name (at most 31 characters in XLSX). */
  readonly name: string
  readonly columns: ReadonlyArray<{ readonly header: string; readonly width: number }>
  readonly rows: ReadonlyArray<readonly ReportCell[]>
}
