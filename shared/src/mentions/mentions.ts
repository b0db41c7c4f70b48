/**
 * Mentions in a comment's text. A mention is stored in the body as `@[Name](accountId)`: the name
 * as it was shown when the person was chosen, and the account it means, so two people with similar
 * names are never confused and a renamed person is still found. The name is only what is shown;
 * who is meant is the id (the server decides, from the stored comment, who gets a to-do).
 */

/** One piece of a comment's text: plain text, or a mention of an account. */
export type CommentSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mention'; readonly userId: string; readonly name: string }

/** Account ids (and device author ids) are short and URL-safe. */
const ID = '[A-Za-z0-9_-]{1,64}'
/** A name in a mention: no brackets, no line breaks. */
const NAME = '[^\\[\\]\\n]{1,200}'
const MENTION = new RegExp(`@\\[(${NAME})\\]\\((${ID})\\)`, 'g')

/** The name as written into a mention: without the characters that would end it early. */
export function mentionName(name: string): string {
  const cleaned = name
    .replace(/[[\]\n\r]+/g, ' ')
    .trim()
    .slice(0, 200)
  return cleaned === '' ? '?' : cleaned
}

/** The stored form of a mention of `userId`, shown as `name`. */
export function formatMention(userId: string, name: string): string {
  return `@[${mentionName(name)}](${userId})`
}

/** A comment's text split into plain text and mentions, in order. */
export function parseCommentBody(body: string): CommentSegment[] {
  const segments: CommentSegment[] = []
  let last = 0
  for (const match of body.matchAll(MENTION)) {
    const at = match.index
    if (at > last) segments.push({ kind: 'text', text: body.slice(last, at) })
    segments.push({ kind: 'mention', name: match[1]!, userId: match[2]! })
    last = at + match[0].length
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) })
  return segments
}

/** The accounts a comment mentions, each once, in order of first mention. */
export function mentionedIds(body: string): string[] {
  const ids = parseCommentBody(body).flatMap((s) => (s.kind === 'mention' ? [s.userId] : []))
  return [...new Set(ids)]
}

/** The text as people read it: each mention as `@Name`. */
export function plainCommentText(body: string): string {
  return parseCommentBody(body)
    .map((s) => (s.kind === 'mention' ? `@${s.name}` : s.text))
    .join('')
}

/** A short excerpt of a comment for a to-do or an e-mail: plain text, one line, at most `max` characters. */
export function commentExcerpt(body: string, max = 160): string {
  const text = plainCommentText(body).replace(/\s+/g, ' ').trim()
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/** A person chosen in the comment field: the text shown there (`@` + label) and the account meant. */
export interface ChosenMention {
  /** What stands in the field after `@`: the name, or name and e-mail when names collide. */
  readonly label: string
  readonly userId: string
  /** The name stored in the mention. */
  readonly name: string
}

/**
 * The text to store for what was typed: every `@label` of a person chosen while typing becomes a
 * mention of their account. Longer labels are replaced first, so "@Anna Berg" is not taken for a
 * chosen "@Anna". A label edited after choosing is left as plain text (no mention).
 */
export function encodeMentions(text: string, chosen: readonly ChosenMention[]): string {
  const sorted = [...chosen].sort((a, b) => b.label.length - a.label.length)
  const pieces: CommentSegment[] = [{ kind: 'text', text }]
  for (const person of sorted) {
    const needle = `@${person.label}`
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!
      if (piece.kind !== 'text') continue
      const at = piece.text.indexOf(needle)
      if (at === -1) continue
      const replaced: CommentSegment[] = [
        { kind: 'text', text: piece.text.slice(0, at) },
        { kind: 'mention', userId: person.userId, name: person.name },
        { kind: 'text', text: piece.text.slice(at + needle.length) },
      ]
      pieces.splice(i, 1, ...replaced)
    }
  }
  return pieces.map((s) => (s.kind === 'mention' ? formatMention(s.userId, s.name) : s.text)).join('')
}

/**
 * The `@query` being typed just before the caret, or null: an `@` at the start or after a space
 * or bracket, followed by up to 40 characters without a line break or another `@`.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const match = /(^|[\s([{])@([^@\n]{0,40})$/.exec(before)
  if (!match) return null
  const query = match[2]!
  // Two spaces, or a space after nothing typed, end the query.
  if (/\s\s/.test(query) || /^\s/.test(query)) return null
  return { start: caret - query.length - 1, query }
}
