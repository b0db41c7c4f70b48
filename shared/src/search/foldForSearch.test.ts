import { describe, expect, it } from 'vitest'
import { foldForSearch, foldText } from './foldForSearch.js'

/** Letters a Swedish text may hold: the alphabet, Nordic and other European letters with marks. */
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyzåäö',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ',
  ...'àáâãçèéêëìíîïñòóôõùúûýÿæøüßőűčšžłńśźżěřůđ',
]

describe('foldForSearch', () => {
  it('counts two letters as one exactly when the Swedish collator at base strength does', () => {
    const collator = new Intl.Collator('sv', { sensitivity: 'base' })
    const disagreements: string[] = []
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const sameByCollator = collator.compare(a, b) === 0
        const sameByFolding = foldText(a) === foldText(b)
        if (sameByCollator !== sameByFolding) disagreements.push(`${a}/${b}`)
      }
    }
    expect(disagreements).toEqual([])
  })

  it('keeps å, ä and ö apart from a and o, and drops case and other accents', () => {
    expect(foldText('Beslut om ÅTGÄRDER för Idé')).toBe('beslut om åtgärder för ide')
    expect(foldText('år')).not.toBe(foldText('ar'))
    expect(foldText('Kœln straße')).toContain('strasse')
  })

  it('folds alike with and without the way back, keeping line breaks and collapsing other whitespace', () => {
    const samples = [
      LETTERS.join(' '),
      '  Mötets öppnande \n\n  Ordföranden hälsade\talla välkomna.\r\nİstanbul ΣΟΦΟΣ Kœln ﬁne',
      '\n inledande radbrytning',
    ]
    for (const sample of samples) expect(foldText(sample)).toBe(foldForSearch(sample).folded)
    expect(foldText('a \n\n b\t\tc')).toBe('a\nb c')
  })

  it('maps each folded character back to where it came from, also across ß and decomposed input', () => {
    const decomposed = 'Ide\u0301 Straße  nu'
    const { text, folded, origin } = foldForSearch(decomposed)
    expect(text).toBe('Idé Straße  nu')
    expect(folded).toBe('ide strasse nu')
    const at = folded.indexOf('strasse')
    expect(text.slice(origin[at], origin[at + 'strasse'.length])).toBe('Straße')
    const nu = folded.indexOf('nu')
    expect(text.slice(origin[nu], origin[nu + 2])).toBe('nu')
    expect(origin.at(-1)).toBe(text.length)
  })
})
