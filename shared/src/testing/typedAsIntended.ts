/** What one writer typed into a textblock: the characters, and where in the block's original text. */
export interface TypedRun {
  readonly text: string
  /** The caret's offset in the block's text before anyone typed. */
  readonly offset: number
}

/**
 * What came out wrong when several writers typed into one textblock at once, as sentences (none:
 * as intended). Each writer's text must be whole (contiguous, in order), stand where that writer
 * typed it (the text before it, less the other writers' text, is the original up to that offset),
 * and the original text must be intact around the runs.
 */
export function typedAsIntended(original: string, runs: readonly TypedRun[], result: string): string[] {
  const problems: string[] = []
  const found = runs.map((run) => ({ run, at: result.indexOf(run.text) }))
  for (const { run, at } of found) {
    if (at < 0) problems.push(`"${run.text}" is not whole in "${result}"`)
  }
  if (problems.length > 0) return problems
  const ordered = [...found].sort((a, b) => a.at - b.at)
  const without = (end: number): string => {
    let text = ''
    let from = 0
    for (const { run, at } of ordered) {
      if (at >= end) break
      text += result.slice(from, at)
      from = at + run.text.length
    }
    return text + result.slice(from, Math.max(from, end))
  }
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!
    if (previous.at + previous.run.text.length > ordered[i]!.at) {
      problems.push(`"${previous.run.text}" and "${ordered[i]!.run.text}" overlap in "${result}"`)
    }
  }
  if (problems.length > 0) return problems
  if (without(result.length) !== original) {
    problems.push(`the original "${original}" is not intact in "${result}"`)
  }
  for (const { run, at } of found) {
    const before = without(at)
    if (before !== original.slice(0, run.offset)) {
      problems.push(`"${run.text}" stands after "${before}", typed after "${original.slice(0, run.offset)}"`)
    }
  }
  return problems
}
