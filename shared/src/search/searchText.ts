import { foldForSearch, foldText, type FoldedText } from './foldForSearch.js'

/** A piece of a shown text: `match` pieces are what the search found (shown in `<mark>`). */
export interface TextPart {
  readonly text: string
  readonly match: boolean
}

/** Most terms a query is split into; more are ignored. */
export const MAX_SEARCH_TERMS = 12
/** Longest query, in characters. */
export const MAX_SEARCH_QUERY_LENGTH = 200

/**
 * The folded terms of a query: words split at whitespace, each to be found somewhere in the
 * document (in any order), duplicates and words inside other words left out.
 */
export function searchTerms(query: string): string[] {
  const words = [...new Set(foldText(query.slice(0, MAX_SEARCH_QUERY_LENGTH)).split(/[ \n]/).filter(Boolean))]
  return words
    .filter((word) => !words.some((other) => other !== word && other.includes(word)))
    .slice(0, MAX_SEARCH_TERMS)
}

/** Where the terms occur, as [start, end) offsets into `folded.text`, sorted, overlaps merged. */
function matchRanges(folded: FoldedText, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const term of terms) {
    let at = folded.folded.indexOf(term)
    while (at !== -1) {
      ranges.push([folded.origin[at]!, folded.origin[at + term.length]!])
      at = folded.folded.indexOf(term, at + term.length)
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** Line breaks shown as a separator inside a one-line snippet. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' · ')

function partsOf(text: string, ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): TextPart[] {
  const parts: TextPart[] = []
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    if (s > at) parts.push({ text: oneLine(text.slice(at, s)), match: false })
    parts.push({ text: oneLine(text.slice(s, e)), match: true })
    at = e
  }
  if (at < to) parts.push({ text: oneLine(text.slice(at, to)), match: false })
  return parts
}

/** The whole text in parts, every occurrence of a term marked (a title in a result list). */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const folded = foldForSearch(text)
  return partsOf(folded.text, matchRanges(folded, terms), 0, folded.text.length)
}

/**
 * A short piece of `text` around the first place a term occurs, cut at word boundaries, with every
 * occurrence in it marked and "…" where text was left out; null when no term occurs.
 */
export function snippetParts(text: string | FoldedText, terms: readonly string[], radius = 60): TextPart[] | null {
  const folded = typeof text === 'string' ? foldForSearch(text) : text
  const ranges = matchRanges(folded, terms)
  const first = ranges[0]
  if (first === undefined) return null
  const source = folded.text
  let from = Math.max(0, first[0] - radius)
  let to = Math.min(source.length, first[1] + radius * 2)
  if (from > 0) {
    const space = source.slice(from, first[0]).search(/\s/)
    if (space !== -1) from += space + 1
  }
  if (to < source.length) {
    const space = source.slice(first[1], to).search(/\s[^\s]*$/)
    if (space !== -1) to = first[1] + space
  }
  const parts = partsOf(source, ranges, from, to)
  if (from > 0) parts.unshift({ text: '…', match: false })
  if (to < source.length) parts.push({ text: '…', match: false })
  return parts
}

/** What a document is searched by. */
export interface SearchableDocument {
  readonly title: string
  /** Its plain text (see `documentSearchText`). */
  readonly text: string
}

/**
 * A document folded once for searching, so each keystroke only compares strings (the way back to
 * the original is worked out again only for documents that match, to cut their snippet).
 */
export interface PreparedDocument extends SearchableDocument {
  readonly foldedTitle: string
  readonly foldedText: string
}

/** Folds a document's title and text for {@link matchDocument}. */
export function prepareForSearch(document: SearchableDocument): PreparedDocument {
  return { ...document, foldedTitle: foldText(document.title), foldedText: foldText(document.text) }
}

/** How a document matched: whether in its title, and a snippet of its text where a term occurs. */
export interface DocumentMatch {
  readonly inTitle: boolean
  readonly snippet: TextPart[] | null
}

/**
 * Whether every term occurs in the document's title or text (case and accents aside, see
 * `foldForSearch`), and how; null when one does not. No terms: everything matches.
 */
export function matchDocument(document: PreparedDocument, terms: readonly string[]): DocumentMatch | null {
  if (terms.length === 0) return { inTitle: false, snippet: null }
  const title = document.foldedTitle
  const text = document.foldedText
  if (!terms.every((term) => title.includes(term) || text.includes(term))) return null
  return {
    inTitle: terms.some((term) => title.includes(term)),
    snippet: snippetOfLines(document, terms),
  }
}

/**
 * The snippet of a prepared document, worked out on the lines around the first match only (the
 * folded text keeps the original's lines), so a long document costs no more than a short one.
 */
function snippetOfLines(document: PreparedDocument, terms: readonly string[]): TextPart[] | null {
  const folded = document.foldedText
  let first = -1
  for (const term of terms) {
    const at = folded.indexOf(term)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  if (first === -1) return null
  let line = 0
  for (let at = folded.indexOf('\n'); at !== -1 && at < first; at = folded.indexOf('\n', at + 1)) line += 1
  const lines = document.text.split(/\s*\n\s*/)
  const from = Math.max(0, line - 1)
  const to = Math.min(lines.length, line + 2)
  const parts = snippetParts(lines.slice(from, to).join('\n'), terms)
  if (parts === null) return null
  const ellipsis: TextPart = { text: '…', match: false }
  if (from > 0 && parts[0]?.text !== '…') parts.unshift(ellipsis)
  if (to < lines.length && parts.at(-1)?.text !== '…') parts.push(ellipsis)
  return parts
}
