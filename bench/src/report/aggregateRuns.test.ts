import { describe, expect, it } from 'vitest'
import { aggregateCell, aggregateTarget } from './aggregateRuns.js'

describe('aggregateRuns', () => {
  it('shows the median and spread of numeric cells, keeping their unit', () => {
    expect(aggregateCell(['12.5', '10.0', '30.1'])).toBe('12.5 [10.0–30.1]')
    expect(aggregateCell(['1.20×', '0.90×', '1.05×'])).toBe('1.05× [0.90×–1.20×]')
    expect(aggregateCell(['5%', '7%', '6%'])).toBe('6% [5%–7%]')
    expect(aggregateCell(['100/100', '100/100'])).toBe('100/100')
    expect(aggregateCell(['99/100', '100/100'])).toBe('99/100 | 100/100')
  })

  it('judges a target by the median of its figure, not by any one run', () => {
    const run = (value: number) => ({ target: 't', measured: `${value}`, met: value <= 1, figure: { value, limit: 1 } })
    expect(aggregateTarget([run(0.8), run(1.5), run(0.9)]).met).toBe(true)
    expect(aggregateTarget([run(1.2), run(0.5), run(1.1)]).met).toBe(false)
    const plain = (met: boolean) => ({ target: 'p', measured: String(met), met })
    expect(aggregateTarget([plain(true), plain(false), plain(true)]).met).toBe(true)
  })
})
