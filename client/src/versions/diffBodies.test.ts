import { describe, expect, it } from 'vitest'
import type { JSONContent } from '@samskriv/shared'
import { canonicalLines, diffBodies } from './diffBodies'

const doc = (...paragraphs: string[]): JSONContent => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

describe('diffBodies', () => {
  it('finds nothing between equal bodies', () => {
    const result = diffBodies(doc('Ett.', 'Två.'), doc('Ett.', 'Två.'))
    expect(result.added).toBe(0)
    expect(result.removed).toBe(0)
    expect(result.lines.map((line) => line.kind)).toEqual(['same', 'same'])
  })

  it('marks whole added and removed paragraphs', () => {
    const result = diffBodies(doc('Ett.', 'Två.'), doc('Ett.', 'Tre.', 'Fyra rader till.'))
    expect(result.lines[0]).toEqual({ kind: 'same', parts: [{ kind: 'same', text: 'Ett.' }] })
    expect(result.lines.slice(1)).toEqual([
      {
        kind: 'changed',
        parts: [
          { kind: 'removed', text: 'Två.' },
          { kind: 'added', text: 'Tre.' },
        ],
      },
      { kind: 'added', parts: [{ kind: 'added', text: 'Fyra rader till.' }] },
    ])
    expect(result).toMatchObject({ added: 2, removed: 1 })
  })

  it('compares a changed paragraph word by word', () => {
    const result = diffBodies(doc('Kommunen ringer patienten.'), doc('Kommunen ringer anhöriga och patienten.'))
    expect(result.lines).toHaveLength(1)
    const [line] = result.lines
    expect(line?.kind).toBe('changed')
    expect(line?.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['anhöriga och'])
    expect(line?.parts.filter((p) => p.kind === 'removed')).toEqual([])
    expect(line?.parts.map((p) => p.text).join('')).toBe('Kommunen ringer anhöriga och patienten.')
  })

  it('compares typed blocks by their labelled text, without Markdown markup', () => {
    const decision = (title: string): JSONContent => ({
      type: 'doc',
      content: [
        {
          type: 'decision',
          attrs: { id: 'd1', date: '2026-03-13' },
          content: [{ type: 'blockTitle', content: [{ type: 'text', text: title }] }, { type: 'paragraph' }],
        },
      ],
    })
    const lines = canonicalLines(decision('Anta *rutinen*'))
    expect(lines.some((line) => line.includes('Anta *rutinen*'))).toBe(true)
    expect(lines.some((line) => line.startsWith('#') || line.includes('**'))).toBe(false)
    const result = diffBodies(decision('Anta rutinen'), decision('Anta den nya rutinen'))
    expect(result.added).toBeGreaterThan(0)
    expect(result.removed).toBe(0)
  })
})
