/** One cell of a table: text, a number (printed as is), or nothing measured. */
export type Cell = string | number | null

/** A table of figures as printed (and stored in the JSON). */
export interface ResultTable {
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: ReadonlyArray<readonly Cell[]>
}

/** A target from the issue and whether this run met it (null: could not be judged). */
export interface TargetCheck {
  readonly target: string
  readonly measured: string
  readonly met: boolean | null
  /**
   * For a target that is a ratio (ours ÷ the faster reference) or another figure with a ceiling:
   * the figure and its ceiling, so several runs are judged by the median (`--repeat`).
   */
  readonly figure?: { readonly value: number; readonly limit: number }
}

/** A target met when `value ≤ limit`, judged from the figure. */
export function figureTarget(target: string, measured: string, value: number, limit: number): TargetCheck {
  return Number.isFinite(value)
    ? { target, measured, met: value <= limit, figure: { value, limit } }
    : { target, measured, met: null }
}

/** What a scenario reports. */
export interface ScenarioOutput {
  readonly tables: ResultTable[]
  readonly targets: TargetCheck[]
  /** Observations worth reading beside the figures (losses, anomalies, by-design behaviour). */
  readonly notes: string[]
  /** The raw figures, for the JSON file. */
  readonly figures: Record<string, unknown>
}

/** A scenario's output with how it went. */
export interface ScenarioResult extends ScenarioOutput {
  readonly name: string
  readonly title: string
  readonly ok: boolean
  readonly error: string | null
  readonly durationMs: number
}

/** An empty output to fill in. */
export function emptyOutput(): ScenarioOutput {
  return { tables: [], targets: [], notes: [], figures: {} }
}
