import { describe, expect, it } from 'vitest'
import { contrastRatio } from './contrastRatio'
import { USER_COLORS } from './userColors'

describe('USER_COLORS', () => {
  it.each(USER_COLORS)('%s carries white text at WCAG AA (4.5:1)', (color) => {
    expect(contrastRatio('#ffffff', color)).toBeGreaterThanOrEqual(4.5)
  })

  it('computes known ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
