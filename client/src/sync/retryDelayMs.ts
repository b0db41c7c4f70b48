/**
 * How long to wait before retry number `attempt` (1-based) of something that failed because the
 * server did not answer: 2 s doubling up to a minute, with up to 20 % jitter so devices that lost
 * the same server do not all come back at the same instant.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt - 1))
  return Math.round(base * (1 + 0.2 * random()))
}
