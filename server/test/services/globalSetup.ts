import type { TestProject } from 'vitest/node'
import { missingServices } from './binaries.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Whether PostgreSQL and Redis are installed, so their suites run. */
    servicesAvailable: boolean
  }
}

/**
 * Decides once per run whether the PostgreSQL and Redis suites run: they do wherever the programs
 * are installed (CI installs them); elsewhere they are skipped with one line saying so. In CI a
 * missing program is an error, so the suites can never be skipped there unnoticed.
 */
export default function setup(project: TestProject): void {
  const missing = missingServices()
  if (missing !== null && process.env.CI) {
    throw new Error(`${missing} missing: .ci/run installs them (apt-get install postgresql redis-server)`)
  }
  if (missing !== null) {
    console.warn(`PostgreSQL/Redis suites skipped: ${missing} not installed (apt-get install postgresql redis-server).`)
  }
  project.provide('servicesAvailable', missing === null)
}
