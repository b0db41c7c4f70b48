import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { trackDirectory } from '../cleanupOnExit.js'
import type { Scope } from '../Scope.js'

/** A fresh directory under the system's temp dir, deleted when `scope` is disposed (or the bench exits). */
export function temporaryDirectory(scope: Scope, label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samskriv-bench-${label}-`))
  const remove = trackDirectory(dir)
  return scope.add(dir, remove)
}
