import { diffArrays, diffWordsWithSpace } from 'diff'
import { renderMarkdown, type JSONContent } from '@samskriv/shared'

/** A stretch of text in a compared line: unchanged, added in the newer version, or removed from the older. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** One line of the comparison: the same in both, only in one, or changed (with word-level parts). */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed' | 'changed'
  parts: DiffPart[]
}

/** The comparison of two bodies and how many stretches were added and removed. */
export interface BodyDiff {
  lines: DiffLine[]
  added: number
  removed: number
}

/**
 * The canonical text of a body as lines: the Markdown export (typed blocks with their labels and
 * fields, so a changed decision kind or date shows), without Markdown's markup.
 */
export function canonicalLines(body: JSONContent): string[] {
  return renderMarkdown(body)
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\*\*/g, '')
        .replace(/\\([\\`*_[\]#|<>])/g, '$1')
        .trim(),
    )
    .filter((line) => line !== '')
}

/**
 * Compares two bodies (older first) line by line, and a line replaced by another word by word,
 * with jsdiff.
 */
export function diffBodies(older: JSONContent, newer: JSONContent): BodyDiff {
  const changes = diffArrays(canonicalLines(older), canonicalLines(newer))
  const lines: DiffLine[] = []
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!
    const next = changes[i + 1]
    if (change.removed && next?.added === true) {
      const paired = Math.min(change.value.length, next.value.length)
      for (let k = 0; k < paired; k++) lines.push(changedLine(change.value[k]!, next.value[k]!))
      for (const text of change.value.slice(paired)) lines.push(whole('removed', text))
      for (const text of next.value.slice(paired)) lines.push(whole('added', text))
      i++
      continue
    }
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    for (const text of change.value) lines.push(whole(kind, text))
  }
  const count = (kind: DiffPart['kind']) =>
    lines.reduce((sum, line) => sum + line.parts.filter((part) => part.kind === kind).length, 0)
  return { lines, added: count('added'), removed: count('removed') }
}

function whole(kind: 'same' | 'added' | 'removed', text: string): DiffLine {
  return { kind, parts: [{ kind, text }] }
}

function changedLine(before: string, after: string): DiffLine {
  const parts = diffWordsWithSpace(before, after).map<DiffPart>((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
  // Lines that share no word read better as one removed line and one added line.
  if (!parts.some((part) => part.kind === 'same' && /[\p{L}\p{N}]/u.test(part.text))) {
    return {
      kind: 'changed',
      parts: [
        { kind: 'removed', text: before },
        { kind: 'added', text: after },
      ],
    }
  }
  return { kind: 'changed', parts }
}
