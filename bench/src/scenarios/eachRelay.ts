import type { RelayKind } from '../relays/RelayKind.js'
import type { ScenarioOutput } from '../report/ScenarioResult.js'
import { Scope } from '../Scope.js'
import type { ScenarioContext } from './Scenario.js'

/**
 * Runs `measure` for each relay in turn (never two at once: they would share the two cores), each
 * in its own scope that is disposed before the next relay starts. A relay that fails is noted and
 * left out; the others still run.
 */
export async function eachRelay<T>(
  context: ScenarioContext,
  output: ScenarioOutput,
  relays: readonly RelayKind[],
  what: string,
  measure: (relay: RelayKind, scope: Scope) => Promise<T>,
): Promise<Map<RelayKind, T>> {
  const results = new Map<RelayKind, T>()
  for (const relay of relays) {
    context.scope.check()
    const scope = context.scope.add(new Scope(), (s) => s.dispose())
    context.log(`${what}: ${relay.label}`)
    try {
      results.set(relay, await measure(relay, scope))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      output.notes.push(`${what}, ${relay.label}: FAILED: ${message.split('\n')[0] ?? message}`)
      context.log(`${what}: ${relay.label} failed: ${message}`)
    } finally {
      await scope.dispose()
    }
  }
  return results
}
