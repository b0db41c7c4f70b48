import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { Redis } from 'ioredis'

type Counted = { current: number; ttl: number }
type Callback = (error: Error | null, result?: Counted) => void

/** One fixed window per key: counts a request and says how long the window has left. */
const COUNT = `
local current = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if current == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}
`

/** Keys counted in this process at most (the oldest window is forgotten first). */
const MAX_LOCAL_KEYS = 5000

/** Counts in this process: while Redis does not answer. */
class LocalCounts {
  private readonly windows = new Map<string, { current: number; endsAt: number }>()

  count(key: string, timeWindow: number): Counted {
    const now = Date.now()
    let window = this.windows.get(key)
    if (window === undefined || window.endsAt <= now) {
      window = { current: 0, endsAt: now + timeWindow }
      this.windows.delete(key)
      if (this.windows.size >= MAX_LOCAL_KEYS) this.windows.delete(this.windows.keys().next().value!)
      this.windows.set(key, window)
    }
    window.current++
    return { current: window.current, ttl: window.endsAt - now }
  }
}

class SharedStore implements FastifyRateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly local: LocalCounts,
  ) {}

  incr(key: string, callback: Callback, timeWindow = 60_000): void {
    const fallBack = () => callback(null, this.local.count(this.prefix + key, timeWindow))
    this.redis.eval(COUNT, 1, this.prefix + key, timeWindow).then((result) => {
      const [current, ttl] = result as [number, number]
      callback(null, { current, ttl })
    }, fallBack)
  }

  child(route: { method: string | string[]; url: string }): FastifyRateLimitStore {
    return new SharedStore(this.redis, `${this.prefix}${String(route.method)} ${route.url}:`, this.local)
  }
}

/**
 * A store for `@fastify/rate-limit` that counts in Redis, so every server process behind the same
 * proxy counts the same attempts (ten sign-ins a minute are ten, not ten per process). While Redis
 * does not answer, each process counts on its own rather than letting everything through. Give it
 * a connection that fails fast (no offline queue).
 */
export function sharedRateLimitStore(redis: Redis): FastifyRateLimitStoreCtor {
  const local = new LocalCounts()
  return class extends SharedStore {
    constructor() {
      super(redis, 'samskriv:rate:', local)
    }
  }
}
