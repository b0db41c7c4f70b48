import { emptyOutput, type ScenarioResult } from '../report/ScenarioResult.js'
import { Scope } from '../Scope.js'
import type { Scenario } from './Scenario.js'

/**
 * Runs one scenario with its own scope and deadline. A failure or timeout is reported in the result
 * (with whatever was measured before it) instead of ending the bench; the scope is disposed either
 * way, which kills the scenario's relays and closes its clients.
 */
export async function runScenario(scenario: Scenario, quick: boolean): Promise<ScenarioResult> {
  const scope = new Scope()
  const output = emptyOutput()
  const started = Date.now()
  const timeoutMs = scenario.timeoutMs(quick)
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
  })
  let error: string | null = null
  try {
    const log = (message: string) => console.log(`  [${scenario.name}] ${message}`)
    await Promise.race([scenario.run({ quick, scope, log }, output), deadline])
  } catch (caught) {
    error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught)
  } finally {
    clearTimeout(timer)
    await scope.dispose()
  }
  return {
    name: scenario.name,
    title: scenario.title,
    ok: error === null,
    error,
    durationMs: Date.now() - started,
    ...output,
  }
}
