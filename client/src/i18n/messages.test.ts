import { describe, expect, it } from 'vitest'
import { MESSAGES } from './messages'
import { resolveLocale } from './resolveLocale'
import { translate } from './translate'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

describe('message catalogue', () => {
  const svKeys = Object.keys(MESSAGES['sv-SE']).sort()

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(svKeys)
  })

  it('has the same parameters in both languages and no empty text', () => {
    for (const key of svKeys as Array<keyof (typeof MESSAGES)['sv-SE']>) {
      const sv: string = MESSAGES['sv-SE'][key]
      const en = MESSAGES.en[key]
      expect(placeholders(en), key).toEqual(placeholders(sv))
      expect(sv.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
    }
  })

  it('interpolates parameters, every occurrence', () => {
    expect(translate('sv-SE', 'header.user', { name: 'Anna Lind' })).toBe('Du: Anna Lind')
    expect(translate('en', 'toolbar.heading', { level: 2 })).toBe('Heading 2')
    expect(translate('sv-SE', 'list.trashDialogText', { title: 'Protokoll' })).toBe(
      '”Protokoll” flyttas till papperskorgen. Du kan återställa det därifrån.',
    )
  })

  it('returns texts without parameters as they are', () => {
    expect(translate('sv-SE', 'list.create')).toBe('Skapa dokument')
    expect(translate('en', 'list.create')).toBe('Create document')
  })

  it('has both plural forms of every counted message, and chooses the form by the count', () => {
    const bases = svKeys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length))
    expect(bases.length).toBeGreaterThan(5)
    for (const base of bases) expect(svKeys, base).toContain(`${base}_one`)
    expect(translate('en', 'device.unsyncedCount', { count: 1 })).toBe(
      '1 document has changes or comments that have not reached the server.',
    )
    expect(translate('en', 'device.unsyncedCount', { count: 2 })).toMatch(/^2 documents have changes/)
    expect(translate('sv-SE', 'check.count', { count: 1 })).toMatch(/^1 sak att se över/)
    expect(translate('sv-SE', 'check.count', { count: 3 })).toMatch(/^3 saker att se över/)
    expect(translate('sv-SE', 'activities.count', { shown: 1, count: 1 })).toBe('Visar 1 av 1 aktivitet.')
    expect(translate('en', 'activities.count', { shown: 2, count: 5 })).toBe('Showing 2 of 5 activities.')
  })

  it('chooses Swedish unless English is preferred first', () => {
    expect(resolveLocale(['sv-SE', 'en'])).toBe('sv-SE')
    expect(resolveLocale(['en-GB', 'sv'])).toBe('en')
    expect(resolveLocale(['en'])).toBe('en')
    expect(resolveLocale(['de-DE'])).toBe('sv-SE')
    expect(resolveLocale(['eng'])).toBe('sv-SE')
    expect(resolveLocale([])).toBe('sv-SE')
  })
})
