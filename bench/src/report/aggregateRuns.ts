import { median } from '../measure/summarize.js'
import type { Cell, ResultTable, ScenarioResult, TargetCheck } from './ScenarioResult.js'

/** A figure as printed: a number with an optional unit suffix (`12.3`, `45%`, `1.20×`). */
const NUMBER = /^(-?\d+(?:\.\d+)?)(×|%)?$/

/** The cell of several runs: the median and the spread `[min–max]` of numbers, else the distinct texts. */
export function aggregateCell(cells: readonly Cell[]): Cell {
  const texts = cells.map((cell) => (cell === null ? null : String(cell)))
  const parsed = texts.map((text) => (text === null ? null : NUMBER.exec(text)))
  if (parsed.length > 1 && parsed.every((match) => match !== null)) {
    const values = parsed.map((match) => Number(match[1]))
    const unit = parsed[0]![2] ?? ''
    const decimals = Math.max(...parsed.map((match) => (match[1]!.split('.')[1] ?? '').length))
    const show = (value: number) => `${value.toFixed(decimals)}${unit}`
    return `${show(median(values))} [${show(Math.min(...values))}–${show(Math.max(...values))}]`
  }
  const distinct = [...new Set(texts.map((text) => text ?? '–'))]
  return distinct.length === 1 ? (cells[0] ?? null) : distinct.join(' | ')
}

function aggregateTable(tables: readonly ResultTable[]): ResultTable {
  const first = tables[0]!
  return {
    title: first.title,
    columns: first.columns,
    rows: first.rows.map((row, r) =>
      row.map((cell, c) => (c === 0 ? cell : aggregateCell(tables.map((table) => table.rows[r]?.[c] ?? null)))),
    ),
  }
}

/** A target over several runs: by the median of its figure when it has one, else met in most runs. */
export function aggregateTarget(checks: readonly TargetCheck[]): TargetCheck {
  const first = checks[0]!
  const figures = checks.flatMap((check) => (check.figure ? [check.figure.value] : []))
  const runs = `runs: ${checks.map((check) => check.measured).join(' | ')}`
  if (first.figure && figures.length > 0) {
    const value = median(figures)
    const spread = `${Math.min(...figures).toFixed(2)}–${Math.max(...figures).toFixed(2)}`
    return {
      target: first.target,
      measured: `median ${value.toFixed(2)} (spread ${spread}, limit ${first.figure.limit}); ${runs}`,
      met: value <= first.figure.limit,
      figure: { value, limit: first.figure.limit },
    }
  }
  const judged = checks.filter((check) => check.met !== null)
  const met = judged.length === 0 ? null : judged.filter((check) => check.met).length * 2 > judged.length
  return {
    target: first.target,
    measured: `met in ${judged.filter((c) => c.met).length} of ${checks.length}; ${runs}`,
    met,
  }
}

/**
 * One result per scenario from several runs of it: each table cell as the median and spread of the
 * runs, each target judged from the medians. Tables and targets are matched by title and position.
 */
export function aggregateRuns(runs: ReadonlyArray<readonly ScenarioResult[]>): ScenarioResult[] {
  const first = runs[0] ?? []
  return first.map((result, index) => {
    const all = runs.map((run) => run[index]).filter((r): r is ScenarioResult => r?.name === result.name)
    const tables = result.tables.map((table) =>
      aggregateTable(all.map((r) => r.tables.find((t) => t.title === table.title)).filter((t) => t !== undefined)),
    )
    const targets = result.targets.map((target) =>
      aggregateTarget(all.map((r) => r.targets.find((t) => t.target === target.target)).filter((t) => t !== undefined)),
    )
    return {
      ...result,
      title: `${result.title} (median [min–max] of ${all.length} runs)`,
      ok: all.every((r) => r.ok),
      error: all.map((r) => r.error).find((e) => e !== null) ?? null,
      durationMs: all.reduce((sum, r) => sum + r.durationMs, 0),
      tables,
      targets,
      notes: [...new Set(all.flatMap((r) => r.notes))],
      figures: { runs: all.map((r) => r.figures) },
    }
  })
}
