import { fragmentToJson, getBody, meetingHeader, typedAttrs, type JSONContent, type User } from '@samskriv/shared'
import type * as Y from 'yjs'

/** Who a protocol names to sign it, and for which body. */
export interface NamedSigners {
  decidingBody: string
  /** The chair first, then the justerare; names as written in the protocol. */
  names: string[]
}

/** The chair, the justerare and the deciding body from a protocol's meeting header (empty when it has none). */
export function readMeetingHeader(doc: Y.Doc): NamedSigners {
  const header = (fragmentToJson(getBody(doc)).content ?? []).find((node: JSONContent) => node.type === 'meetingHeader')
  if (header === undefined) return { decidingBody: '', names: [] }
  const attrs = typedAttrs(meetingHeader, header)
  const names = [attrs.chair, ...attrs.adjusters].map((name) => name.trim()).filter((name) => name !== '')
  return { decidingBody: attrs.decidingBody.trim(), names }
}

const normalise = (name: string) => name.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ')

/** The ids of the accounts whose names the protocol names (each name matching exactly one account). */
export function matchSigners(names: readonly string[], users: readonly Pick<User, 'id' | 'name'>[]): string[] {
  const ids: string[] = []
  for (const name of names) {
    const matches = users.filter((user) => normalise(user.name) === normalise(name))
    const only = matches.length === 1 ? matches[0] : undefined
    if (only !== undefined && !ids.includes(only.id)) ids.push(only.id)
  }
  return ids
}
