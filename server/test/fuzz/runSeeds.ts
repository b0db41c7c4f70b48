/**
 * Runs `run` for every seed, `parallel` at a time; resolves with the failures' messages (each
 * names its seed), so one failing seed does not hide the others.
 */
export async function runSeeds(
  seeds: readonly number[],
  parallel: number,
  run: (seed: number) => Promise<void>,
): Promise<string[]> {
  const queue = [...seeds]
  const failures: string[] = []
  const worker = async () => {
    for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
      try {
        await run(seed)
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  return failures
}
