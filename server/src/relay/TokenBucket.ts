/**
 * A token bucket: `capacity` tokens, refilled at `ratePerSecond`. Each message takes one; a
 * connection that finds the bucket empty is over its rate.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = capacity
    this.last = now()
  }

  /** Takes one token; false when none is left. */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
