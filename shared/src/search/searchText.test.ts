import { describe, expect, it } from 'vitest'
import {
  highlightParts,
  matchDocument,
  prepareForSearch,
  searchTerms,
  snippetParts,
  type TextPart,
} from './searchText.js'

const marked = (parts: TextPart[] | null) => (parts ?? []).filter((p) => p.match).map((p) => p.text)
const joined = (parts: TextPart[] | null) => (parts ?? []).map((p) => p.text).join('')

describe('searchTerms', () => {
  it('splits a query into folded words, without duplicates or words inside others', () => {
    expect(searchTerms('  Beslut  beslutar BESLUT idé ')).toEqual(['beslutar', 'ide'])
    expect(searchTerms('   ')).toEqual([])
  })
})

describe('matchDocument', () => {
  const document = prepareForSearch({
    title: 'Protokoll Länsgemensam ledning',
    text: 'Mötets öppnande\nLänsgemensam ledning beslutar att fastställa indikatorn.\nÖvriga frågor',
  })

  it('finds every term in the title or the text, case and accents aside', () => {
    expect(matchDocument(document, searchTerms('BESLUTAR'))).toMatchObject({ inTitle: false })
    expect(matchDocument(document, searchTerms('protokoll indikatorn'))).toMatchObject({ inTitle: true })
    expect(matchDocument(document, searchTerms('indikatorn saknas'))).toBeNull()
  })

  it('keeps å, ä, ö as letters of their own', () => {
    expect(matchDocument(document, searchTerms('oppnande'))).toBeNull()
    expect(matchDocument(document, searchTerms('ÖPPNANDE'))).not.toBeNull()
  })

  it('matches everything when there are no terms, with no snippet', () => {
    expect(matchDocument(document, [])).toEqual({ inTitle: false, snippet: null })
  })

  it('gives a snippet where the text matched, with the match marked as written', () => {
    const match = matchDocument(document, searchTerms('beslutar'))
    expect(marked(match!.snippet)).toEqual(['beslutar'])
    expect(joined(match!.snippet)).toContain('Länsgemensam ledning beslutar att fastställa')
    expect(joined(match!.snippet)).toContain(' · ')
  })
})

describe('matchDocument on a long document', () => {
  it('cuts the snippet from the lines around the first match, whatever the document’s length', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Rad ${i} om samverkan.`)
    lines[250] = 'Här beslutades om Vårdplatser.'
    const match = matchDocument(prepareForSearch({ title: 'Lång', text: lines.join('\n') }), searchTerms('vårdplatser'))
    expect(joined(match!.snippet)).toBe(
      '…Rad 249 om samverkan. · Här beslutades om Vårdplatser. · Rad 251 om samverkan.…',
    )
    expect(marked(match!.snippet)).toEqual(['Vårdplatser'])
    const atStart = matchDocument(prepareForSearch({ title: 'Lång', text: lines.join('\n') }), searchTerms('rad 0'))
    expect(joined(atStart!.snippet)).toMatch(/^Rad 0 om samverkan\. · Rad 1 om samverkan\.…$/)
  })
})

describe('snippetParts', () => {
  const long = `${'Inledande ord '.repeat(20)}här står Beslutet om vårdplatser och ${'efterföljande text '.repeat(20)}`

  it('cuts a long text around the first match at word boundaries, with ellipses', () => {
    const parts = snippetParts(long, searchTerms('beslutet'))!
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(parts.at(-1)).toEqual({ text: '…', match: false })
    expect(marked(parts)).toEqual(['Beslutet'])
    const text = joined(parts)
    expect(text.length).toBeLessThan(220)
    expect(text).toMatch(/^…(Inledande|ord) /)
    expect(text).toMatch(/ (efterföljande|text)…$/)
  })

  it('marks every term in the window and is null when nothing matches', () => {
    expect(marked(snippetParts(long, searchTerms('beslutet vårdplatser')))).toEqual(['Beslutet', 'vårdplatser'])
    expect(snippetParts(long, searchTerms('saknas'))).toBeNull()
  })

  it('merges overlapping matches', () => {
    expect(marked(snippetParts('Samordnande grupp', ['samord', 'ordnande']))).toEqual(['Samordnande'])
  })
})

describe('highlightParts', () => {
  it('keeps the whole text and marks the terms', () => {
    const parts = highlightParts('Handlingsplan Äldre 2027', searchTerms('äldre'))
    expect(joined(parts)).toBe('Handlingsplan Äldre 2027')
    expect(marked(parts)).toEqual(['Äldre'])
    expect(highlightParts('Handlingsplan', [])).toEqual([{ text: 'Handlingsplan', match: false }])
  })
})
