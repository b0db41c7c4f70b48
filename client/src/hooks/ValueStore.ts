/**
 * One value that React components read with `useSyncExternalStore`. Effects set it when they
 * create or release an external resource, so the resource reaches render without a state update
 * inside the effect.
 */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>()

  constructor(private value: T) {}

  readonly get = (): T => this.value

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Replaces the value and notifies subscribers. */
  set(value: T): void {
    if (Object.is(value, this.value)) return
    this.value = value
    for (const listener of this.listeners) listener()
  }
}
