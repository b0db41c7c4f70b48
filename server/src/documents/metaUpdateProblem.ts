import {
  DOCUMENT_ROOTS,
  documentMetaSchema,
  getMetaMap,
  META_KEYS,
  SCHEMA_VERSION,
  titleSchema,
} from '@samskriv/shared'
import * as Y from 'yjs'
import type { UpdateRules } from '../relay/UpdateRules.js'
import type { UpdateReferences } from '../workers/updateCheckProtocol.js'

/** Meta keys only the server writes once a document exists: its type, lock and revision. */
const SERVER_KEYS = [META_KEYS.type, META_KEYS.lock, META_KEYS.revision] as const
const KNOWN_KEYS = new Set<string>(Object.values(META_KEYS))

/** Per client, clock ranges [from, to) sorted by `from`. */
type Ranges = Map<number, Array<[number, number]>>

/** Whether [clock, clock + length) meets one of the client's ranges (binary search). */
function inRanges(ranges: Ranges, client: number, clock: number, length = 1): boolean {
  const list = ranges.get(client)
  if (!list) return false
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = list[middle]!
    if (clock + length <= from) high = middle - 1
    else if (clock >= to) low = middle + 1
    else return true
  }
  return false
}

/** Every item that ever stood in the `meta` map (values overwritten and deleted ones too). */
function metaItems(doc: Y.Doc): Ranges {
  const ranges: Ranges = new Map()
  for (const latest of getMetaMap(doc)._map.values()) {
    for (let item: Y.Item | null = latest; item !== null; item = item.left) {
      const list = ranges.get(item.id.client)
      const range: [number, number] = [item.id.clock, item.id.clock + item.length]
      if (list) list.push(range)
      else ranges.set(item.id.client, [range])
    }
  }
  // Items never overlap, so sorted by start the ends are sorted too.
  for (const list of ranges.values()) list.sort((a, b) => a[0] - b[0])
  return ranges
}

/**
 * Whether an update could change the `meta` map, cheaply, from what the checking worker found it
 * refers to (no decoding here): an item placed in `meta` or next to (or inside) one of its items,
 * or a deletion of one; an item next to another item of the same update reaches `meta` only through
 * one that is itself caught. Only then is the update tried on a copy. While updates wait for their
 * dependencies (or this one would), every update is tried: what waits may join `meta` with it.
 */
export function mightTouchMeta(doc: Y.Doc, references: UpdateReferences, waits: boolean): boolean {
  if (waits || doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return true
  if (references.roots.includes(DOCUMENT_ROOTS.meta)) return true
  const meta = metaItems(doc)
  if (meta.size === 0) return false
  for (const [client, clock, length] of references.deletes) if (inRanges(meta, client, clock, length)) return true
  return references.refs.some(([client, clock]) => inRanges(meta, client, clock))
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What a metadata change may be, given what the document had before. */
function judge(before: Record<string, unknown>, after: Record<string, unknown>, clientSchema: number): string | null {
  const schemaLimit = Math.min(clientSchema, SCHEMA_VERSION)
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!KNOWN_KEYS.has(key) && !same(before[key], after[key])) return `meta.${key} is not part of a document`
  }
  if (!(META_KEYS.type in before)) {
    // A document created on a device: it may write its first metadata, as a draft of revision 1.
    if (Object.keys(after).length === 0) return null
    const meta = documentMetaSchema.safeParse(after)
    if (!meta.success) return 'new document metadata does not validate'
    if (meta.data.lock.state !== 'draft' || meta.data.revision !== 1) return 'a new document is a draft of revision 1'
    return meta.data.schemaVersion > schemaLimit ? `meta.schemaVersion above ${schemaLimit}` : null
  }
  for (const key of SERVER_KEYS) {
    if (!same(before[key], after[key])) return `meta.${key} is written by the server only`
  }
  if (!same(before[META_KEYS.schemaVersion], after[META_KEYS.schemaVersion])) {
    const from = before[META_KEYS.schemaVersion]
    const to = after[META_KEYS.schemaVersion]
    const floor = typeof from === 'number' ? from : 1
    if (typeof to !== 'number' || !Number.isInteger(to) || to < floor || to > schemaLimit)
      return `meta.schemaVersion may only rise to the writer's schema (${schemaLimit})`
  }
  if (!same(before[META_KEYS.title], after[META_KEYS.title]) && !titleSchema.safeParse(after[META_KEYS.title]).success)
    return 'meta.title does not validate'
  return null
}

/**
 * Why a client (or a proposal) may not make this change (tried on a copy of the document; see
 * {@link metaRules} for when) to a document's content room, or null.
 * The document's type, lock and revision are the server's: a client never changes them (the lock
 * reaches clients one way, from the server). The schema version only rises, and only as far as
 * the writer's declared schema and this server's; the title stays a valid title; no other keys.
 */
export function metaUpdateProblem(doc: Y.Doc, update: Uint8Array, clientSchema: number | null): string | null {
  const copy = new Y.Doc()
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const before = getMetaMap(copy).toJSON() as Record<string, unknown>
    Y.applyUpdate(copy, update)
    return judge(before, getMetaMap(copy).toJSON(), clientSchema ?? 1)
  } finally {
    copy.destroy()
  }
}

/**
 * The rules of a document's content room: its server-owned metadata (see {@link metaUpdateProblem}).
 * The checking worker tells what each update refers to; only an update that might change `meta` is
 * tried on a copy of the document, so typing costs the main thread no copy and no decoding.
 */
export const metaRules: UpdateRules = {
  describe: false,
  references: true,
  judge({ doc, update, references, waits, actor }) {
    if (!references) return { ok: false, problem: 'update was not described' }
    if (!mightTouchMeta(doc, references, waits)) return { ok: true }
    const problem = metaUpdateProblem(doc, update, actor.schemaVersion)
    return problem === null ? { ok: true } : { ok: false, problem }
  },
}
