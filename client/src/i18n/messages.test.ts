import { describe, expect, it } from 'vitest'
import { en } from './catalogue/en'
import { sv } from './catalogue/sv'
import { i18n } from './i18n'
import { loadLocale } from './loadLocale'
import { LOCALES } from './messages'
import { resolveLocale } from './resolveLocale'
import { translate } from './translate'

type Catalogue = Readonly<Record<string, string>>

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

/** Every feature's files, by file name: `{ 'decisions.sv.ts': { decisionsSv: {…} } }`. */
const featureFiles = import.meta.glob<Record<string, Catalogue>>('./catalogue/*.{sv,en}.ts', { eager: true })
const featureCatalogue = (file: string): Catalogue => {
  const exports = Object.values(featureFiles[file] ?? {})
  expect(exports, file).toHaveLength(1)
  return exports[0] ?? {}
}
const features = Object.keys(featureFiles)
  .filter((file) => file.endsWith('.sv.ts'))
  .map((file) => file.slice('./catalogue/'.length, -'.sv.ts'.length))

describe('message catalogue', () => {
  const svTexts: Catalogue = sv
  const enTexts: Catalogue = en
  const svKeys = Object.keys(svTexts).sort()

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(enTexts).sort()).toEqual(svKeys)
  })

  it('defines each key in one feature file, English beside Swedish, and merges every file', () => {
    expect(features.length).toBeGreaterThan(10)
    const seen = new Map<string, string>()
    for (const feature of features) {
      const svFeature = featureCatalogue(`./catalogue/${feature}.sv.ts`)
      const enFeature = featureCatalogue(`./catalogue/${feature}.en.ts`)
      expect(Object.keys(enFeature).sort(), feature).toEqual(Object.keys(svFeature).sort())
      for (const [key, text] of Object.entries(svFeature)) {
        expect(seen.get(key), `${key} in ${feature}`).toBeUndefined()
        seen.set(key, feature)
        expect(svTexts[key], `${key} of ${feature} merged into sv.ts`).toBe(text)
        expect(enTexts[key], `${key} of ${feature} merged into en.ts`).toBe(enFeature[key])
      }
    }
    expect(seen.size).toBe(svKeys.length)
  })

  it('has the same parameters in both languages and no empty text', () => {
    for (const key of svKeys) {
      const svText = svTexts[key] ?? ''
      const enText = enTexts[key] ?? ''
      expect(placeholders(enText), key).toEqual(placeholders(svText))
      expect(svText.trim(), key).not.toBe('')
      expect(enText.trim(), key).not.toBe('')
    }
  })

  it('has both plural forms of every counted message, the one form asking for nothing more', () => {
    for (const locale of LOCALES) {
      // The catalogue's two forms cover the language: Swedish and English know only these.
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other'])
    }
    const bases = svKeys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length))
    expect(bases.length).toBeGreaterThan(5)
    for (const base of bases) {
      expect(svKeys, base).toContain(`${base}_one`)
      // The parameters' type is read from the `_other` form, so `_one` may use only those (and `count`).
      for (const texts of [svTexts, enTexts]) {
        const allowed = [...placeholders(texts[`${base}_other`] ?? ''), 'count']
        for (const name of placeholders(texts[`${base}_one`] ?? '')) expect(allowed, base).toContain(name)
      }
    }
    const stray = svKeys.filter((key) => key.endsWith('_one') && !svKeys.includes(`${key.slice(0, -4)}_other`))
    expect(stray).toEqual([])
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

  it('chooses the plural form by the count', () => {
    expect(translate('en', 'device.unsyncedCount', { count: 1 })).toBe(
      '1 document has changes or comments that have not reached the server.',
    )
    expect(translate('en', 'device.unsyncedCount', { count: 2 })).toMatch(/^2 documents have changes/)
    expect(translate('sv-SE', 'check.count', { count: 1 })).toMatch(/^1 sak att se över/)
    expect(translate('sv-SE', 'check.count', { count: 3 })).toMatch(/^3 saker att se över/)
    expect(translate('sv-SE', 'activities.count', { shown: 1, count: 1 })).toBe('Visar 1 av 1 aktivitet.')
    expect(translate('en', 'activities.count', { shown: 2, count: 5 })).toBe('Showing 2 of 5 activities.')
  })

  it('types keys and parameters: a wrong key or a missing parameter does not compile', () => {
    // @ts-expect-error: no such key
    expect(translate('sv-SE', 'list.noSuchKey')).toBe('list.noSuchKey')
    // @ts-expect-error: `name` is missing
    expect(translate('sv-SE', 'header.user')).toBe('Du: {name}')
    // @ts-expect-error: a counted message needs `count`
    expect(translate('en', 'check.count', {})).toBe('check.count')
    // @ts-expect-error: a plural form is asked for by its base key
    expect(translate('sv-SE', 'check.count_one', { count: 1 })).toMatch(/^1 sak/)
  })

  it('loads English once, from its own chunk; Swedish is always there', async () => {
    // The client's test setup loaded the English catalogue, as main.tsx does before rendering.
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true)
    await loadLocale('en')
    await loadLocale('sv-SE')
    expect(i18n.getResourceBundle('en', 'translation')).toEqual(en)
    expect(i18n.getResourceBundle('sv-SE', 'translation')).toEqual(sv)
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
