import { describe, expect, it } from 'vitest'
import { TokenBucket } from './TokenBucket.js'

describe('TokenBucket', () => {
  it('allows a burst, then the refill rate', () => {
    let now = 0
    const bucket = new TokenBucket(10, 5, () => now)
    const takes = () => Array.from({ length: 8 }, () => bucket.take()).filter(Boolean).length
    expect(takes()).toBe(5)
    now += 300 // 3 tokens
    expect(takes()).toBe(3)
    now += 60_000 // refills only up to capacity
    expect(takes()).toBe(5)
  })
})
