import { temporaryDirectory } from '../measure/temporaryDirectory.js'
import type { Scope } from '../Scope.js'
import { processesOf, type RelayKind, type RunningRelay } from './RelayKind.js'

/**
 * Starts a relay owned by `scope` (killed when it is disposed), in a fresh temporary data directory
 * unless one is given (a restart on the same data).
 */
export async function launchRelay(scope: Scope, kind: RelayKind, dataDir?: string): Promise<RunningRelay> {
  scope.check()
  const relay = await kind.start(dataDir ?? temporaryDirectory(scope, kind.id))
  return scope.add(relay, async (r) => {
    await Promise.all(processesOf(r).map((p) => p.kill()))
  })
}
