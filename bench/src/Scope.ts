/**
 * Owns what one scenario (or one part of it) started: relays, clients, browsers, directories.
 * `dispose` releases them in reverse order; anything added after disposal is released at once, so
 * a scenario that timed out and keeps running in the background cannot leak.
 */
export class Scope {
  private readonly releases: Array<() => unknown> = []
  private disposed = false

  /** Whether {@link dispose} has run (a scenario past its deadline checks this to stop early). */
  get isDisposed(): boolean {
    return this.disposed
  }

  /** Registers `release` and returns `value`, so `const x = scope.add(make(), () => x.close())` reads well. */
  add<T>(value: T, release: (value: T) => unknown): T {
    if (this.disposed) {
      void settle(() => release(value))
    } else {
      this.releases.push(() => release(value))
    }
    return value
  }

  /** Throws when the scope was disposed: the scenario was given up. */
  check(): void {
    if (this.disposed) throw new Error('scenario given up (timeout)')
  }

  /** Releases everything registered, newest first; errors in one release do not stop the others. */
  async dispose(): Promise<void> {
    this.disposed = true
    while (this.releases.length > 0) {
      const release = this.releases.pop()
      if (release) await settle(release)
    }
  }
}

async function settle(run: () => unknown): Promise<void> {
  try {
    await run()
  } catch (error) {
    console.error(`  cleanup failed: ${String(error)}`)
  }
}
