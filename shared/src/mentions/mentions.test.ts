import { describe, expect, it } from 'vitest'
import {
  commentExcerpt,
  encodeMentions,
  formatMention,
  mentionedIds,
  mentionQueryAt,
  parseCommentBody,
  plainCommentText,
} from './mentions.js'

describe('mentions in comments', () => {
  it('parses mentions between text, keeping the account ids', () => {
    const body = `Hej ${formatMention('u-1', 'Anna Berg')} och ${formatMention('u_2', 'Bo Ek')}!`
    expect(parseCommentBody(body)).toEqual([
      { kind: 'text', text: 'Hej ' },
      { kind: 'mention', userId: 'u-1', name: 'Anna Berg' },
      { kind: 'text', text: ' och ' },
      { kind: 'mention', userId: 'u_2', name: 'Bo Ek' },
      { kind: 'text', text: '!' },
    ])
    expect(plainCommentText(body)).toBe('Hej @Anna Berg och @Bo Ek!')
  })

  it('lists each mentioned account once', () => {
    const body = `${formatMention('a', 'A')} ${formatMention('b', 'B')} ${formatMention('a', 'A igen')}`
    expect(mentionedIds(body)).toEqual(['a', 'b'])
  })

  it('takes no mention from text that only looks like one', () => {
    expect(mentionedIds('Mejla @anna eller skriv @[Anna](id med mellanslag)')).toEqual([])
    expect(mentionedIds('@[](x)')).toEqual([])
    expect(mentionedIds(`@[Anna](${'x'.repeat(65)})`)).toEqual([])
  })

  it('keeps brackets in a name from ending the mention early', () => {
    const body = formatMention('u1', 'Anna [Region] Berg')
    expect(parseCommentBody(body)).toEqual([{ kind: 'mention', userId: 'u1', name: 'Anna  Region  Berg' }])
  })

  it('encodes the chosen people, telling people with the same name apart by label', () => {
    const text = 'Fråga @Anna Berg (anna@a.se) och @Anna Berg (anna@b.se), inte @Anna'
    const encoded = encodeMentions(text, [
      { label: 'Anna Berg (anna@a.se)', userId: 'first', name: 'Anna Berg' },
      { label: 'Anna Berg (anna@b.se)', userId: 'second', name: 'Anna Berg' },
    ])
    expect(mentionedIds(encoded)).toEqual(['first', 'second'])
    expect(plainCommentText(encoded)).toBe('Fråga @Anna Berg och @Anna Berg, inte @Anna')
  })

  it('replaces longer labels first and every occurrence', () => {
    const encoded = encodeMentions('@Anna Berg, @Anna och @Anna', [
      { label: 'Anna', userId: 'short', name: 'Anna' },
      { label: 'Anna Berg', userId: 'long', name: 'Anna Berg' },
    ])
    expect(parseCommentBody(encoded).filter((s) => s.kind === 'mention')).toEqual([
      { kind: 'mention', userId: 'long', name: 'Anna Berg' },
      { kind: 'mention', userId: 'short', name: 'Anna' },
      { kind: 'mention', userId: 'short', name: 'Anna' },
    ])
  })

  it('leaves a label edited after choosing as plain text', () => {
    expect(mentionedIds(encodeMentions('@Ana Berg', [{ label: 'Anna Berg', userId: 'x', name: 'Anna Berg' }]))).toEqual(
      [],
    )
  })

  it('finds the @query being typed before the caret', () => {
    expect(mentionQueryAt('Hej @an', 7)).toEqual({ start: 4, query: 'an' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQueryAt('Hej @Anna B', 11)).toEqual({ start: 4, query: 'Anna B' })
    expect(mentionQueryAt('mejla anna@region.se', 20)).toBeNull()
    expect(mentionQueryAt('Hej @ ', 6)).toBeNull()
    expect(mentionQueryAt('Hej @an\nsa', 10)).toBeNull()
  })

  it('makes a one-line excerpt of the readable text', () => {
    const body = `${formatMention('u', 'Bo')} kan du\n\ntitta på ${'detta '.repeat(50)}`
    const excerpt = commentExcerpt(body, 40)
    expect(excerpt.startsWith('@Bo kan du titta på detta')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(40)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(commentExcerpt('kort')).toBe('kort')
  })
})
