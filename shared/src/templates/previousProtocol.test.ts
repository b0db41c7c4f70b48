import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody } from '../documentLayout.js'
import { bodySchema } from '../editor/bodyExtensions.js'
import { extractRegisters } from '../registers/extractRegisters.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { applyPreviousProtocol } from './applyTemplate.js'
import {
  attendeesToCarryOver,
  findPreviousProtocol,
  latestProtocolPerBody,
  missingAttendees,
  protocolFromPrevious,
  type ProtocolCandidate,
} from './previousProtocol.js'
import { protocolTemplate } from './protocolTemplate.js'

const text = (value: string): JSONContent[] => [{ type: 'text', text: value }]
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: text(value) })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) })
const person = (name: string, extra: Record<string, unknown> = {}): JSONContent => ({
  type: 'attendee',
  attrs: { id: `a-${name}`, name, organisation: 'Mörbylånga kommun', role: 'ledamot', ...extra },
})

/** A finished protocol of the collaboration group, with its meeting's own matters. */
const finished: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      attrs: {
        id: 'h',
        decidingBody: 'Samverkansområdesgrupp Invånarmedverkan',
        date: '2026-09-18',
        place: 'Kommunhuset, Färjestaden',
        time: '13.00–15.30',
        chair: 'Gunnel Stråhle',
        adjusters: ['Pär Ekvall'],
        firstItemNumber: 1,
      },
    },
    {
      type: 'agendaItem',
      attrs: { id: 'i1', kind: 'standard', attachments: [{ label: 'Bildspel', url: 'https://example.se/b.pdf' }] },
      content: [title('Enkät till brukarråden'), paragraph('Svarsfrekvensen blev lägre än väntat.')],
    },
    {
      type: 'agendaItem',
      attrs: { id: 'i2', kind: 'standard' },
      content: [
        title('Beslutspunkter'),
        {
          type: 'decision',
          attrs: { id: 'd1', kind: 'other' },
          content: [title('Ny enkät'), paragraph('Gruppen beslutar att göra om enkäten i mars.')],
        },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members' },
      content: [
        person('Gunnel Stråhle'),
        person('Pär Ekvall', { remote: true }),
        person('Ylva Lindqvist', { absent: true }),
        person('Tove Holm', { standIn: true, standsInFor: 'Ylva Lindqvist' }),
        person(''),
      ],
    },
    { type: 'attendanceList', attrs: { kind: 'others' }, content: [person('Rasmus Öhrn', { role: 'processledare' })] },
  ],
}

describe('a protocol started from the previous one', () => {
  const content = protocolFromPrevious(finished)
  const header = content.find((node) => node.type === 'meetingHeader')
  const titles = content.filter((n) => n.type === 'agendaItem').map((n) => n.content?.[0]?.content?.[0]?.text ?? '')

  it('keeps the body, place, time, chair and justerare, but not the date', () => {
    expect(header?.attrs).toEqual({
      decidingBody: 'Samverkansområdesgrupp Invånarmedverkan',
      date: '',
      place: 'Kommunhuset, Färjestaden',
      time: '13.00–15.30',
      chair: 'Gunnel Stråhle',
      adjusters: ['Pär Ekvall'],
    })
  })

  it('has every standing item of the template, and none of the meeting’s own items', () => {
    const standing = protocolTemplate()
      .filter((part) => part.role === 'agendaItem' && part.standing)
      .map((part) => part.content[0]?.content?.[0]?.content?.[0]?.text)
    expect(standing).toContain('Mötets öppnande')
    expect(standing).toContain('Föregående mötesprotokoll')
    expect(standing).toContain('Mötets avslutande')
    for (const item of standing) expect(titles).toContain(item)
    expect(titles).not.toContain('Enkät till brukarråden')
    expect(JSON.stringify(content)).not.toContain('enkäten i mars')
    expect(JSON.stringify(content)).not.toContain('example.se')
  })

  it('carries the members over as present, in person, without last time’s stand-ins', () => {
    const lists = content.filter((node) => node.type === 'attendanceList')
    const members = lists[0]?.content?.map((row) => row.attrs) ?? []
    expect(members.map((a): unknown => a?.name)).toEqual(['Gunnel Stråhle', 'Pär Ekvall', 'Ylva Lindqvist'])
    for (const a of members) expect(a).toMatchObject({ standIn: false, remote: false })
    expect(members.some((a) => a?.absent === true)).toBe(false)
    expect(lists[1]?.content?.map((row): unknown => row.attrs?.name)).toEqual(['Rasmus Öhrn'])
  })

  it('is a valid body with unique block ids whose only decision is the standing one', () => {
    const doc = new Y.Doc()
    applyPreviousProtocol(doc, 'new-protocol', finished)
    const body = fragmentToJson(getBody(doc))
    expect(() => bodySchema().nodeFromJSON(body).check()).not.toThrow()
    const ids: string[] = []
    const walk = (node: JSONContent) => {
      if (typeof node.attrs?.id === 'string' && node.attrs.id !== '') ids.push(node.attrs.id)
      for (const child of node.content ?? []) walk(child)
    }
    walk(body)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThan(10)
    const meta = { type: 'protocol', title: 'Ny', schemaVersion: 3, lock: { state: 'draft' }, revision: 1 } as const
    const decisions = extractRegisters('new-protocol' as never, meta, body).decisions
    expect(decisions.map((d) => d.kind)).toEqual(['fileMinutes'])
  })

  it('is the template when the previous protocol has no header', () => {
    const bare = protocolFromPrevious({ type: 'doc', content: [] })
    expect(bare[0]).toEqual(protocolTemplate()[0]?.content[0])
  })
})

describe('attendance copied into a protocol', () => {
  it('adds only the people not already there, whatever the case and diacritics', () => {
    const people = attendeesToCarryOver(finished, 'members')
    const missing = missingAttendees(people, [{ name: 'gunnel strahle' }, { name: '' }])
    expect(missing.map((p) => p.name)).toEqual(['Pär Ekvall', 'Ylva Lindqvist'])
    expect(missingAttendees([...people, ...people], []).length).toBe(3)
    expect(missingAttendees(people, people)).toEqual([])
  })
})

describe('finding the previous protocol of a body', () => {
  const candidate = (id: string, decidingBody: string, date: string, createdAt = '2026-01-01T00:00:00Z') =>
    ({ id, title: `Protokoll ${id}`, decidingBody, date, createdAt }) satisfies ProtocolCandidate
  const candidates = [
    candidate('a', 'Länsgemensam ledning', '2026-03-06'),
    candidate('b', 'Länsgemensam ledning', '2026-05-29'),
    candidate('c', 'länsgemensam  LEDNING', ''),
    candidate('d', 'Samordnande grupp Äldre', '2026-06-12'),
    candidate('e', '', '2026-06-20'),
  ]

  it('is the same body’s latest meeting, the body read loosely', () => {
    expect(findPreviousProtocol(candidates, { decidingBody: 'Lansgemensam ledning' })?.id).toBe('b')
    expect(findPreviousProtocol(candidates, { decidingBody: 'Samordnande grupp Barn och unga' })).toBeNull()
    expect(findPreviousProtocol(candidates, { decidingBody: '' })).toBeNull()
  })

  it('leaves out the protocol itself and, given its date, later meetings', () => {
    expect(findPreviousProtocol(candidates, { decidingBody: 'Länsgemensam ledning', excludeId: 'b' })?.id).toBe('a')
    expect(findPreviousProtocol(candidates, { decidingBody: 'Länsgemensam ledning', before: '2026-05-29' })?.id).toBe(
      'a',
    )
    expect(findPreviousProtocol(candidates, { decidingBody: 'Länsgemensam ledning', before: '2026-01-01' })).toBeNull()
  })

  it('takes an undated protocol only when no dated one is there', () => {
    const undated = [candidate('x', 'Äldre', ''), candidate('y', 'Äldre', '', '2026-02-01T00:00:00Z')]
    expect(findPreviousProtocol(undated, { decidingBody: 'Äldre' })?.id).toBe('y')
  })

  it('lists each body once, by its latest protocol', () => {
    expect(latestProtocolPerBody(candidates).map((c) => c.id)).toEqual(['d', 'b'])
  })
})
