import {
  DOCUMENT_ROOTS,
  documentMetaSchema,
  getMetaMap,
  META_KEYS,
  SCHEMA_VERSION,
  titleSchema,
} from '@samskriv/shared'
import * as Y from 'yjs'

/** Meta keys only the server writes once a document exists: its type, lock and revision. */
const SERVER_KEYS = [META_KEYS.type, META_KEYS.lock, META_KEYS.revision] as const
const KNOWN_KEYS = new Set<string>(Object.values(META_KEYS))

type Ranges = Map<number, Array<[number, number]>>

const inRanges = (ranges: Ranges, client: number, clock: number, length = 1) =>
  (ranges.get(client) ?? []).some(([from, to]) => clock < to && clock + length > from)

function add(ranges: Ranges, client: number, clock: number, length: number): void {
  ranges.set(client, [...(ranges.get(client) ?? []), [clock, clock + length]])
}

/** Every item that ever stood in the `meta` map (values overwritten and deleted ones too). */
function metaItems(doc: Y.Doc): Ranges {
  const ranges: Ranges = new Map()
  for (const latest of getMetaMap(doc)._map.values()) {
    for (let item: Y.Item | null = latest; item !== null; item = item.left) {
      add(ranges, item.id.client, item.id.clock, item.length)
    }
  }
  return ranges
}

/**
 * Whether an update could change the `meta` map, cheaply (without applying it): an item placed in
 * `meta` or next to (or inside) one of its items, or a deletion of one; an item next to another
 * item of the same update reaches `meta` only through one that is itself caught. Only then is the
 * update tried on a copy. While updates wait for their dependencies, every update is tried.
 */
function mightTouchMeta(doc: Y.Doc, update: Uint8Array): boolean {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return true
  const meta = metaItems(doc)
  const { structs, ds } = Y.decodeUpdate(update)
  for (const [client, deletions] of ds.clients) {
    if (deletions.some((d) => inRanges(meta, client, d.clock, d.len))) return true
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    // In an update, a root type's items name it as a string; others refer to their neighbours.
    const parent: unknown = struct.parent
    const near = (id: Y.ID | null) => id !== null && inRanges(meta, id.client, id.clock)
    if (parent === DOCUMENT_ROOTS.meta || (parent instanceof Y.ID && near(parent))) return true
    if (near(struct.origin) || near(struct.rightOrigin)) return true
  }
  return false
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
 * Why a client (or a proposal) may not make this change to a document's content room, or null.
 * The document's type, lock and revision are the server's: a client never changes them (the lock
 * reaches clients one way, from the server). The schema version only rises, and only as far as
 * the writer's declared schema and this server's; the title stays a valid title; no other keys.
 */
export function metaUpdateProblem(doc: Y.Doc, update: Uint8Array, clientSchema: number | null): string | null {
  if (!mightTouchMeta(doc, update)) return null
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
