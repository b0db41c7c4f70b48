import type { JSONContent } from '@tiptap/core'
import { attendanceList, attendee, meetingHeader, type ATTENDANCE_KINDS } from '../blocks/index.js'
import type { PastedPerson } from '../blocks/parsePeopleList.js'
import { typedAttrs } from '../registers/typedAttrs.js'
import { protocolTemplate } from './protocolTemplate.js'

type AttendanceKind = (typeof ATTENDANCE_KINDS)[number]

/** What finding a body's previous protocol needs to know of one protocol. */
export interface ProtocolCandidate {
  readonly id: string
  readonly title: string
  /** The header's deciding body ('' when not filled in). */
  readonly decidingBody: string
  /** The header's meeting date, YYYY-MM-DD ('' when not filled in). */
  readonly date: string
  /** When the document was created (ISO): orders protocols of one date, or without one. */
  readonly createdAt: string
}

/** The header of a protocol's body JSON, with its defaults; null when it has none. */
export function protocolHeader(body: JSONContent) {
  const node = (body.content ?? []).find((n) => n.type === meetingHeader.name)
  return node ? typedAttrs(meetingHeader, node) : null
}

/** A name or body as compared: lower case, without diacritics (å, ä, ö as a, a, o), spaces collapsed. */
function nameKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim()
}

/** Two bodies are the same when they read the same, whatever the case, spacing and diacritics. */
export function sameBody(a: string, b: string): boolean {
  return nameKey(a) !== '' && nameKey(a) === nameKey(b)
}

/** Later meeting first; of one date (or none), the later created; protocols without a date last. */
function newestFirst(a: ProtocolCandidate, b: ProtocolCandidate): number {
  if (a.date !== b.date) {
    if (a.date === '') return 1
    if (b.date === '') return -1
    return a.date < b.date ? 1 : -1
  }
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/**
 * The previous protocol of a body: the one with the latest meeting date among the body's protocols,
 * other than `excludeId`, and when `before` (a meeting date) is given, held before that date.
 */
export function findPreviousProtocol(
  candidates: readonly ProtocolCandidate[],
  options: { decidingBody: string; excludeId?: string; before?: string },
): ProtocolCandidate | null {
  const { decidingBody, excludeId, before = '' } = options
  const matching = candidates.filter(
    (c) =>
      c.id !== excludeId &&
      sameBody(c.decidingBody, decidingBody) &&
      (before === '' || (c.date !== '' && c.date < before)),
  )
  return [...matching].sort(newestFirst)[0] ?? null
}

/** The latest protocol of each body the candidates name, newest meeting first. */
export function latestProtocolPerBody(candidates: readonly ProtocolCandidate[]): ProtocolCandidate[] {
  const latest: ProtocolCandidate[] = []
  for (const candidate of [...candidates].sort(newestFirst)) {
    if (candidate.decidingBody.trim() === '') continue
    if (!latest.some((seen) => sameBody(seen.decidingBody, candidate.decidingBody))) latest.push(candidate)
  }
  return latest
}

/**
 * The people of a protocol's attendance list of one kind to carry over to the next meeting: every
 * row with a name except last time's stand-ins (they came instead of a member who is still on the
 * list), as present, in person, and not standing in.
 */
export function attendeesToCarryOver(body: JSONContent, kind: AttendanceKind): PastedPerson[] {
  const people: PastedPerson[] = []
  for (const list of body.content ?? []) {
    if (list.type !== attendanceList.name || typedAttrs(attendanceList, list).kind !== kind) continue
    for (const row of list.content ?? []) {
      if (row.type !== attendee.name) continue
      const a = typedAttrs(attendee, row)
      if (a.name.trim() === '' || a.standIn) continue
      people.push({ name: a.name, organisation: a.organisation, role: a.role, standIn: false, remote: false })
    }
  }
  return people
}

/**
 * Of `people`, those not already among `existing` (the same name, whatever the case and
 * diacritics), each once: copying a list twice, or after pasting it, adds nobody twice.
 */
export function missingAttendees(
  people: readonly PastedPerson[],
  existing: readonly { readonly name: string }[],
): PastedPerson[] {
  const seen = new Set(existing.map((row) => nameKey(row.name)).filter((name) => name !== ''))
  const missing: PastedPerson[] = []
  for (const person of people) {
    const name = nameKey(person.name)
    if (name === '' || seen.has(name)) continue
    seen.add(name)
    missing.push(person)
  }
  return missing
}

/**
 * A new protocol started from a body's previous one: the template's parts, with the previous
 * header's body, place, time, chair and justerare (not its date), the template's standing items
 * and empty sections for the new meeting's own matters, and the previous attendance lists' people
 * (see {@link attendeesToCarryOver}). Nothing of the previous meeting's decisions, information
 * points, text or attachments. Block ids are not assigned (see `withBlockIds`).
 */
export function protocolFromPrevious(previousBody: JSONContent): JSONContent[] {
  const previous = protocolHeader(previousBody)
  return protocolTemplate().flatMap((part) => {
    if (part.role === 'header') {
      if (previous === null) return part.content
      const { decidingBody, place, time, chair, adjusters } = previous
      return [{ type: meetingHeader.name, attrs: { decidingBody, date: '', place, time, chair, adjusters } }]
    }
    if (part.role === 'attendance') {
      return part.content.map((list) => {
        const kind = typedAttrs(attendanceList, list).kind
        const rows = attendeesToCarryOver(previousBody, kind).map((person) => ({
          type: attendee.name,
          attrs: { ...person },
        }))
        return { ...list, content: rows }
      })
    }
    return part.content
  })
}
