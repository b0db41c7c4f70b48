import { durability } from './durability.js'
import { fanOut } from './fanOut.js'
import { initialSync } from './initialSync.js'
import { manyDocuments } from './manyDocuments.js'
import type { Scenario } from './Scenario.js'
import { storageGrowth } from './storageGrowth.js'
import { clientApp } from './clientApp.js'

/** Every scenario, in the order the bench runs them. */
export const SCENARIOS: readonly Scenario[] = [fanOut, manyDocuments, initialSync, durability, storageGrowth, clientApp]
