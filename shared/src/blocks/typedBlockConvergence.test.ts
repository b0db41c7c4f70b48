import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody } from '../documentLayout.js'
import { bodySchema } from '../editor/bodyExtensions.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import {
  ACTIVITY_PERSPECTIVES,
  ACTIVITY_STATUSES,
  AGENDA_ITEM_KINDS,
  DECISION_KINDS,
  blockDefinition,
  validateAttributes,
} from './index.js'
import { samplePlan, sampleProtocol } from './sampleBodies.test-fixture.js'

/** mulberry32: a small seeded PRNG, so a failing run can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const date = (r: Random) =>
  `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
const name = (r: Random) =>
  pick(r, ['Anna', 'Bo', 'Cecilia', 'David', 'Eva', 'Fredrik']) + ' ' + pick(r, ['Ek', 'Lund', 'Berg', 'Holm'])

/** Valid values for the typed attributes peers edit, per block type. */
const EDITS: Record<string, Record<string, (r: Random) => unknown>> = {
  activity: {
    status: (r) => pick(r, ACTIVITY_STATUSES),
    responsible: name,
    timeFrom: date,
    timeTo: date,
    perspectives: (r) => ACTIVITY_PERSPECTIVES.filter(() => r() < 0.5),
    partnerGroups: (r) => (r() < 0.5 ? [] : ['Samordnande grupp Äldre']),
    decisionId: (r) => pick(r, ['', 'dec-1', 'dec-2']),
  },
  decision: {
    kind: (r) => pick(r, DECISION_KINDS),
    decidingBody: (r) => pick(r, ['', 'Länsgemensam ledning', 'Presidiet']),
    date: (r) => (r() < 0.3 ? '' : date(r)),
    persons: (r) => (r() < 0.5 ? [] : [name(r)]),
    betweenMeetings: (r) => r() < 0.5,
  },
  agendaItem: {
    kind: (r) => pick(r, AGENDA_ITEM_KINDS),
    number: (r) => (r() < 0.7 ? null : 1 + Math.floor(r() * 20)),
    presenters: (r) => (r() < 0.5 ? [] : [{ name: name(r), title: 'samordnare', organisation: 'Region Kalmar län' }]),
  },
  attendee: {
    name,
    organisation: (r) => pick(r, ['', 'Kalmar kommun', 'Region Kalmar län']),
    remote: (r) => r() < 0.5,
  },
  groupPlan: {
    group: (r) => pick(r, ['Samordnande grupp Äldre', 'Barn och unga']),
    periodFrom: () => '2026',
    periodTo: () => '2027',
  },
}

function typedElements(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (EDITS[child.nodeName]) found.push(child)
        walk(child)
      }
    }
  }
  walk(getBody(doc))
  return found
}

/** One random edit by a peer: an attribute, the text of a paragraph, a new or a deleted activity. */
function randomEdit(doc: Y.Doc, r: Random): void {
  const elements = typedElements(doc)
  const roll = r()
  if (roll < 0.7 && elements.length > 0) {
    const element = pick(r, elements)
    const [key, value] = pick(r, Object.entries(EDITS[element.nodeName]!))
    const next = value(r)
    if (next === null) element.removeAttribute(key)
    else element.setAttribute(key, next as string)
  } else if (roll < 0.85) {
    const activities = elements.filter((e) => e.nodeName === 'activity')
    const target = activities.length > 0 ? pick(r, activities) : null
    const paragraph = target?.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement)
    const text = paragraph?.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)
    if (text) text.insert(Math.floor(r() * (text.length + 1)), pick(r, ['nu ', 'sedan ', 'alla ']))
  } else if (roll < 0.95) {
    const areas = typedElements(doc)
      .filter((e) => e.nodeName === 'activity')
      .map((e) => e.parent as Y.XmlElement)
    if (areas.length > 0) {
      const area = pick(r, areas)
      const created = new Y.XmlElement('activity')
      created.setAttribute('id', `new-${Math.floor(r() * 1e9)}`)
      created.setAttribute('status', 'planned')
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('Ny aktivitet')])
      created.insert(0, [paragraph])
      area.insert(area.length, [created])
    }
  } else {
    const activities = elements.filter((e) => e.nodeName === 'activity')
    if (activities.length > 0) {
      const victim = pick(r, activities)
      const parent = victim.parent as Y.XmlElement
      parent.delete(parent.toArray().indexOf(victim), 1)
    }
  }
}

/** JSON with sorted keys: peers may hold the same attributes in a different insertion order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )

const schema = bodySchema()
const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i)

describe('typed attributes edited offline by several peers', () => {
  it.each(SEEDS)('converge and stay valid (seed %i)', (seed) => {
    const r = prng(seed)
    const origin = new Y.Doc()
    appendJsonToFragment(getBody(origin), [...sampleProtocol.content!, ...samplePlan.content!])
    const peers = Array.from({ length: 4 }, () => {
      const peer = new Y.Doc()
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(origin))
      return peer
    })
    for (let round = 0; round < 5; round++) {
      // Offline: everyone edits on their own.
      for (const peer of peers) for (let i = 0; i < 1 + Math.floor(r() * 8); i++) randomEdit(peer, r)
      // Back online, in a random order, partly.
      for (let i = 0; i < peers.length * 2; i++) {
        const from = pick(r, peers)
        const to = pick(r, peers)
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
      }
    }
    for (const from of peers)
      for (const to of peers) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))

    const bodies = peers.map((peer) => canonical(fragmentToJson(getBody(peer))))
    expect(new Set(bodies).size).toBe(1)
    const body = fragmentToJson(getBody(peers[0]!))
    expect(() => schema.nodeFromJSON(body).check()).not.toThrow()
    for (const element of typedElements(peers[0]!)) {
      expect(validateAttributes(blockDefinition(element.nodeName)!, element.getAttributes())).toEqual({ ok: true })
    }
  })
})
