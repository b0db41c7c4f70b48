import type { ScenarioOutput } from '../report/ScenarioResult.js'
import type { Scope } from '../Scope.js'

/** What a scenario is given to run with. */
export interface ScenarioContext {
  /** Small sizes (`--quick`). */
  readonly quick: boolean
  /** Owns the scenario's relays, clients and directories; disposed when it ends or times out. */
  readonly scope: Scope
  /** Writes a progress line. */
  log(message: string): void
}

/** One benchmark scenario. */
export interface Scenario {
  /** Short name for `--only` and the JSON. */
  readonly name: string
  readonly title: string
  /** How long it may take before it is given up. */
  timeoutMs(quick: boolean): number
  /** Fills `output` as it goes, so a scenario that fails or times out still reports what it measured. */
  run(context: ScenarioContext, output: ScenarioOutput): Promise<void>
}
