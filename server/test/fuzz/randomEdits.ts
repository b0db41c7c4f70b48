import {
  ACTIVITY_PERSPECTIVES,
  ACTIVITY_STATUSES,
  AGENDA_ITEM_KINDS,
  appendJsonToFragment,
  checkDocument,
  DECISION_KINDS,
  fragmentToJson,
  getBody,
  type JSONContent,
} from '@samskriv/shared'
import { bodySchema } from '@samskriv/shared/editor'
import * as Y from 'yjs'

export type Random = () => number
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const date = (r: Random) =>
  r() < 0.2
    ? ''
    : `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
const person = (r: Random) => pick(r, ['Anna Ek', 'Bo Lund', 'Cecilia Berg', 'Åsa Öberg', ''])
const group = (r: Random) => pick(r, ['', 'Samordnande grupp Äldre', 'Barn och unga', 'Länsgemensam ledning'])

/** Valid values for typed attributes, per block type (the block definitions in shared). */
const ATTRIBUTE_EDITS: Record<string, Record<string, (r: Random) => unknown>> = {
  meetingHeader: {
    decidingBody: group,
    date,
    place: (r) => pick(r, ['', 'Digitalt', 'Regionhuset, Kalmar']),
    chair: person,
    adjusters: (r) => (r() < 0.5 ? [] : [person(r)].filter(Boolean)),
    firstItemNumber: (r) => 1 + Math.floor(r() * 40),
  },
  agendaItem: { kind: (r) => pick(r, AGENDA_ITEM_KINDS) },
  decision: {
    kind: (r) =>
      pick(
        r,
        DECISION_KINDS.filter((k) => k !== 'approveDocument' && k !== 'changeMember'),
      ),
    decidingBody: group,
    date,
    persons: (r) => (r() < 0.5 ? [] : [person(r)].filter(Boolean)),
    betweenMeetings: (r) => r() < 0.5,
  },
  informationItem: { group },
  activity: {
    status: (r) => pick(r, ACTIVITY_STATUSES),
    responsible: person,
    timeFrom: date,
    timeTo: date,
    perspectives: (r) => ACTIVITY_PERSPECTIVES.filter(() => r() < 0.4),
    followUp: (r) => pick(r, ['', 'Rapport till ledningen', 'Indikator: antal deltagare']),
  },
  groupPlan: { group, periodFrom: () => '2026', periodTo: () => '2027' },
}

/** Blocks a peer may add a copy of, at the end of the parent that holds them. */
const CLONEABLE = new Set(['activity', 'decision', 'informationItem'])

function elements(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const walk = (node: Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        found.push(child)
        walk(child)
      }
    }
  }
  walk(getBody(doc))
  return found
}

const texts = (doc: Y.Doc): Y.XmlText[] =>
  elements(doc).flatMap((e) => e.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText))

const WORDS = ['Samverkan ', 'äldre ', 'beslut ', 'ö ', 'uppföljning ', '✓ ', 'mål, ', 'Region ', '\u00a0']

/**
 * One random edit, as an editor bound to the body would make it: typing, deleting, bold or italic
 * over a range, a typed block's attribute, or a copy of a typed block with a new id.
 */
export function randomEdit(doc: Y.Doc, r: Random): void {
  doc.transact(() => {
    const roll = r()
    const allTexts = texts(doc)
    if (roll < 0.3) {
      const paragraphs = elements(doc).filter((e) => e.nodeName === 'paragraph' || e.nodeName === 'blockTitle')
      const target = allTexts.length > 0 && r() < 0.85 ? pick(r, allTexts) : null
      if (target) target.insert(Math.floor(r() * (target.length + 1)), pick(r, WORDS))
      else if (paragraphs.length > 0) {
        const paragraph = pick(r, paragraphs)
        const text = paragraph.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)
        if (text) text.insert(text.length, pick(r, WORDS))
        else paragraph.insert(0, [new Y.XmlText(pick(r, WORDS))])
      }
    } else if (roll < 0.42) {
      const target = allTexts.filter((t) => t.length > 1)
      if (target.length > 0) {
        const text = pick(r, target)
        const at = Math.floor(r() * (text.length - 1))
        text.delete(at, 1 + Math.floor(r() * Math.min(5, text.length - at - 1)))
      }
    } else if (roll < 0.55) {
      // Marks only where the schema allows them (not in block titles).
      const target = allTexts.filter((t) => t.length > 1 && (t.parent as Y.XmlElement).nodeName === 'paragraph')
      if (target.length > 0) {
        const text = pick(r, target)
        const at = Math.floor(r() * (text.length - 1))
        const mark = pick(r, ['bold', 'italic'])
        text.format(at, 1 + Math.floor(r() * (text.length - at - 1)), { [mark]: r() < 0.7 ? {} : null })
      }
    } else if (roll < 0.92) {
      const typed = elements(doc).filter((e) => ATTRIBUTE_EDITS[e.nodeName])
      if (typed.length > 0) {
        const element = pick(r, typed)
        const [key, value] = pick(r, Object.entries(ATTRIBUTE_EDITS[element.nodeName]!))
        element.setAttribute(key, value(r) as string)
      }
    } else {
      const cloneable = elements(doc).filter((e) => CLONEABLE.has(e.nodeName) && e.parent instanceof Y.XmlElement)
      if (cloneable.length > 0) {
        const original = pick(r, cloneable)
        const json = fragmentToJson(original).content ?? []
        const copy: JSONContent = {
          type: original.nodeName,
          attrs: { ...original.getAttributes(), id: `fz${Math.floor(r() * 1e12).toString(36)}` },
          content: json,
        }
        appendJsonToFragment(original.parent as Y.XmlElement, [copy])
      }
    }
  })
}

/** JSON with sorted keys: peers may hold the same attributes in another insertion order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )

const schema = bodySchema()

/** Problems with a body: it does not fit the editor's schema, or a typed block does not validate. */
export function bodyProblems(doc: Y.Doc): string[] {
  const body = fragmentToJson(getBody(doc))
  const problems: string[] = []
  try {
    schema.nodeFromJSON(body).check()
  } catch (error) {
    problems.push(`schema: ${String(error)}`)
  }
  for (const issue of checkDocument(body)) {
    if (issue.code === 'invalidAttributes' || issue.code === 'duplicateBlockId') problems.push(JSON.stringify(issue))
  }
  return problems
}
