import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodySchema } from '../editor/bodyExtensions.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import {
  BLOCK_DEFINITIONS,
  blockDefinition,
  linkedAttachments,
  normaliseLinkAddress,
  validateAttributes,
} from './index.js'
import { samplePlan, sampleProtocol } from './sampleBodies.test-fixture.js'

const schema = bodySchema()

/** Minimal valid content for each block, to round-trip it alone. */
function sampleOf(name: string): Record<string, unknown> {
  const title = { type: 'blockTitle', content: [{ type: 'text', text: 'Rubrik' }] }
  const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Text' }] }
  const activity = { type: 'activity', attrs: { id: 'a1', responsible: 'Samordnare' }, content: [paragraph] }
  const contents: Record<string, unknown[] | undefined> = {
    blockTitle: undefined,
    meetingHeader: undefined,
    attendee: undefined,
    documentFacts: undefined,
    agendaItem: [title, paragraph],
    informationItem: [title, paragraph],
    decision: [title, paragraph],
    attendanceList: [{ type: 'attendee', attrs: { id: 'p1', name: 'Anna' } }],
    groupPlan: [title],
    planSection: [paragraph],
    improvementArea: [title, activity],
    activity: [paragraph],
    ongoingWork: [{ type: 'ongoingWorkArea', attrs: { area: 'Område' }, content: [activity] }],
    ongoingWorkArea: [activity],
    responsibilityMatrix: [{ type: 'responsibilityRow', attrs: { party: 'Region' }, content: [paragraph] }],
    responsibilityRow: [paragraph],
    routineStep: [paragraph],
  }
  const definition = blockDefinition(name)!
  const attrs = definition.attributes.parse({})
  if ('id' in attrs) attrs.id = `${name}-1`
  return { type: name, attrs, ...(contents[name] ? { content: contents[name] } : {}) }
}

/** Wraps a block where the document allows it. */
function inDocument(block: Record<string, unknown>): Record<string, unknown> {
  const wrap: Record<string, (b: Record<string, unknown>) => Record<string, unknown>> = {
    blockTitle: (b) => ({ type: 'agendaItem', attrs: { id: 'w' }, content: [b] }),
    attendee: (b) => ({ type: 'attendanceList', content: [b] }),
    ongoingWorkArea: (b) => ({ type: 'ongoingWork', content: [b] }),
    responsibilityRow: (b) => ({ type: 'responsibilityMatrix', content: [b] }),
  }
  const name = block.type as string
  return { type: 'doc', content: [wrap[name]?.(block) ?? block] }
}

describe.each(BLOCK_DEFINITIONS.map((d) => [d.name]))('%s', (name) => {
  const doc = inDocument(sampleOf(name))

  it('is valid in the body schema', () => {
    expect(() => schema.nodeFromJSON(doc).check()).not.toThrow()
  })

  it('round-trips through Yjs exactly as y-prosemirror writes and reads it', () => {
    const expected = schema.nodeFromJSON(doc).toJSON()
    const ours = new Y.Doc()
    appendJsonToFragment(ours.getXmlFragment('body'), (doc.content as []) ?? [])
    expect(yXmlFragmentToProseMirrorRootNode(ours.getXmlFragment('body'), schema).toJSON()).toEqual(expected)
    const theirs = new Y.Doc()
    prosemirrorJSONToYXmlFragment(schema, expected, theirs.getXmlFragment('body'))
    expect(schema.nodeFromJSON(fragmentToJson(theirs.getXmlFragment('body'))).toJSON()).toEqual(expected)
  })

  it('accepts its defaults', () => {
    const definition = blockDefinition(name)!
    expect(validateAttributes(definition, definition.attributes.parse({}))).toEqual({ ok: true })
  })
})

describe('attribute validation', () => {
  it('keeps an unfinished or non-link attachment as written, and never offers it as a link', () => {
    const rows = [
      { label: 'Bildspel', href: ' https://example.se/bildspel.pdf ' },
      { label: '', href: '' },
      { label: 'x', href: 'javascript:alert(1)' },
      { label: 'y', href: 'https://' },
      { label: 'SharePoint', href: 'https://region.sharepoint.com/sites/lgl/Delade dokument/Bilaga 1.pdf' },
    ]
    expect(validateAttributes(blockDefinition('agendaItem')!, { attachments: rows })).toEqual({ ok: true })
    expect(linkedAttachments(rows)).toEqual([
      { label: 'Bildspel', href: 'https://example.se/bildspel.pdf' },
      { label: 'SharePoint', href: 'https://region.sharepoint.com/sites/lgl/Delade dokument/Bilaga 1.pdf' },
    ])
  })

  it('completes a bare host name to an https address and leaves anything else as typed', () => {
    expect(normaliseLinkAddress(' www.kalmar.se/bilaga.pdf ')).toBe('https://www.kalmar.se/bilaga.pdf')
    expect(normaliseLinkAddress('regionkalmar.se')).toBe('https://regionkalmar.se')
    expect(normaliseLinkAddress('http://example.se')).toBe('http://example.se')
    expect(normaliseLinkAddress('rapport.docx')).toBe('rapport.docx')
    expect(normaliseLinkAddress('Bilaga 3')).toBe('Bilaga 3')
    expect(normaliseLinkAddress('javascript:alert(1)')).toBe('javascript:alert(1)')
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['decision', { kind: 'abolish' }, /kind/],
    ['decision', { date: '20 nov 2026' }, /date: a date is written YYYY-MM-DD/],
    ['decision', { memberChange: { incoming: { name: 'A' } } }, /memberChange/],
    ['activity', { status: 'paused' }, /status/],
    ['activity', { perspectives: ['economy'] }, /perspectives/],
    ['activity', { id: 'has a space' }, /id: a block id/],
    ['agendaItem', { number: 0 }, /number/],
    ['agendaItem', { attachments: [{ label: 'x', href: 1 }] }, /attachments/],
    ['meetingHeader', { firstItemNumber: 1.5 }, /firstItemNumber/],
    ['attendee', { remote: 'ja' }, /remote/],
    ['groupPlan', { periodFrom: '25' }, /periodFrom: a year/],
    ['improvementArea', { milestones: [{ label: 'x', date: 'snart' }] }, /milestones/],
    ['planSection', { kind: 'summary' }, /kind/],
    ['documentFacts', { nextReview: '2026-13' }, /nextReview/],
  ])('%s refuses %j', (name, attrs, problem) => {
    const result = validateAttributes(blockDefinition(name)!, attrs)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.problems.join('\n')).toMatch(problem)
  })

  it('accepts the sample documents', () => {
    for (const sample of [sampleProtocol, samplePlan]) {
      expect(() => schema.nodeFromJSON(sample).check()).not.toThrow()
    }
  })
})
