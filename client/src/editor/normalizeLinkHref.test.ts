import { describe, expect, it } from 'vitest'
import { normalizeLinkHref } from './normalizeLinkHref'

describe('normalizeLinkHref', () => {
  it.each([
    ['https://www.regionkalmar.se/samverkan', 'https://www.regionkalmar.se/samverkan'],
    ['  www.kalmar.se ', 'https://www.kalmar.se'],
    ['kalmar.se/protokoll?ar=2025', 'https://kalmar.se/protokoll?ar=2025'],
    ['localhost:8080/x', 'https://localhost:8080/x'],
    ['anna.lind@kalmar.se', 'mailto:anna.lind@kalmar.se'],
    ['mailto:anna.lind@kalmar.se', 'mailto:anna.lind@kalmar.se'],
    ['+46 480 12 34 56', 'tel:+46480123456'],
    ['http://intranet/handlingar', 'http://intranet/handlingar'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizeLinkHref(input)).toBe(expected)
  })

  it.each(['', '   ', 'javascript:alert(1)', 'data:text/html,hej', 'ftp://example.se', 'https://'])(
    'refuses %j',
    (input) => {
      expect(normalizeLinkHref(input)).toBeNull()
    },
  )
})
