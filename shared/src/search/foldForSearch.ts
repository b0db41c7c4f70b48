/**
 * Text folded for searching in Swedish, with the way back to the original: `folded[i]` came from
 * `text[origin[i]]`, and `origin[folded.length]` is `text.length`.
 */
export interface FoldedText {
  /** The text searched in (NFC): offsets in `origin` point into it. */
  readonly text: string
  readonly folded: string
  readonly origin: readonly number[]
}

/**
 * Letters that Swedish collation at `sensitivity: 'base'` counts as another letter: æ and ø are
 * ä and ö, ü and ű are y, ő and ô are ö, ß is ss; ł and đ (no marks in Unicode's sense) are l
 * and d. (å, ä and ö are letters of their own and stay.)
 */
const SWEDISH_EQUIVALENTS: Readonly<Record<string, string>> = {
  æ: 'ä',
  ø: 'ö',
  ő: 'ö',
  ô: 'ö',
  ł: 'l',
  đ: 'd',
  ü: 'y',
  ű: 'y',
  ß: 'ss',
  // Lower case of a whole string writes a word's last sigma as ς, one letter at a time as σ.
  ς: 'σ',
}

const KEPT = new Set(['å', 'ä', 'ö'])
const COMBINING_MARK = /\p{M}/gu

/** One character folded: lower case, accents dropped (é → e), except the Swedish letters å, ä, ö. */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase()
  if (KEPT.has(lower)) return lower
  const equivalent = SWEDISH_EQUIVALENTS[lower]
  if (equivalent !== undefined) return equivalent
  const stripped = lower.normalize('NFD').replace(COMBINING_MARK, '')
  return KEPT.has(stripped) ? lower : stripped
}

/** Each character's folding, worked out once: ' ' stands for whitespace. */
const folds = new Map<string, string>()

function fold(character: string): string {
  let folded = folds.get(character)
  if (folded === undefined) {
    folded = /\s/u.test(character) ? ' ' : foldCharacter(character)
    folds.set(character, folded)
  }
  return folded
}

/**
 * Folds text the way `new Intl.Collator('sv', { sensitivity: 'base' })` compares letters: case and
 * accents do not count ("beslut" finds "Beslut", "ide" finds "idé"), but å, ä and ö are letters of
 * their own, not a with a mark ("år" does not find "ar"), as a Swedish reader expects. A collator
 * cannot find a part of a text, so the folding is done by hand; the unit tests hold it to the
 * collator letter by letter. A whitespace run counts as one space, or one line break when it holds
 * one (so the folded text has the original's lines).
 */
export function foldForSearch(text: string): FoldedText {
  const source = text.normalize('NFC')
  const parts: string[] = []
  const origin: number[] = []
  let offset = 0
  let lastWasSpace = false
  for (const character of source) {
    const part = fold(character)
    if (part === ' ') {
      if (!lastWasSpace) {
        parts.push(character === '\n' ? '\n' : ' ')
        origin.push(offset)
      } else if (character === '\n') {
        parts[parts.length - 1] = '\n'
      }
      lastWasSpace = true
    } else {
      for (let i = 0; i < part.length; i += 1) origin.push(offset)
      parts.push(part)
      lastWasSpace = false
    }
    offset += character.length
  }
  origin.push(offset)
  return { text: source, folded: parts.join(''), origin }
}

const NOT_ASCII = /[^ -~\s]/gu
const WHITESPACE_RUN = /\s+/g

/**
 * Only the folded string, as {@link foldForSearch} folds it, without the way back: lower case for
 * the whole string at once, and only the characters beyond ASCII folded one by one (a document's
 * text is folded when it is stored, so this is what a large text costs).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_ASCII, fold)
    .replace(WHITESPACE_RUN, (run) => (run.includes('\n') ? '\n' : ' '))
}
