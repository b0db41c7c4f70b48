/** How big each scenario runs: the sizes, or small ones for `--quick`. */
export interface BenchSizes {
  readonly fanOut: {
    readonly clients: readonly number[]
    readonly writers: number
    /** Updates per second per writer. */
    readonly updatesPerSecond: number
    readonly durationSeconds: number
  }
  readonly manyDocuments: { readonly documents: number; readonly editsPerDocument: number }
  readonly initialSync: { readonly edits: number; readonly repetitions: number }
  readonly durability: { readonly updates: number; readonly rounds: number }
  readonly storageGrowth: { readonly edits: number; readonly writers: number }
  readonly client: { readonly edits: number; readonly coldOpens: number; readonly keystrokes: number }
}

const FULL: BenchSizes = {
  fanOut: { clients: [10, 50, 200], writers: 2, updatesPerSecond: 10, durationSeconds: 20 },
  manyDocuments: { documents: 500, editsPerDocument: 100 },
  initialSync: { edits: 50_000, repetitions: 5 },
  durability: { updates: 1000, rounds: 3 },
  storageGrowth: { edits: 100_000, writers: 4 },
  client: { edits: 50_000, coldOpens: 5, keystrokes: 60 },
}

const QUICK: BenchSizes = {
  fanOut: { clients: [10, 40], writers: 2, updatesPerSecond: 10, durationSeconds: 3 },
  manyDocuments: { documents: 30, editsPerDocument: 100 },
  initialSync: { edits: 4000, repetitions: 1 },
  durability: { updates: 300, rounds: 1 },
  storageGrowth: { edits: 4000, writers: 4 },
  client: { edits: 3000, coldOpens: 1, keystrokes: 10 },
}

export function benchSizes(quick: boolean): BenchSizes {
  return quick ? QUICK : FULL
}
