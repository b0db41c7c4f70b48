import * as Y from 'yjs'
import type {
  CheckOptions,
  CheckResult,
  DescribedContent,
  DescribedStruct,
  StructId,
  UpdateNeeds,
  UpdateReferences,
} from './updateCheckProtocol.js'

/** Yjs's client ids are 32-bit, and its clocks stay far below 2^32. */
const MAX_CLIENT = 0xffffffff
const MAX_CLOCK = 2 ** 32

/** The GUID of the empty documents updates are applied to (never synced or stored). */
const CHECK_GUID = 'update-check'

type Decoded = ReturnType<typeof Y.decodeUpdate>
type Struct = Decoded['structs'][number]
type DeleteRanges = Map<number, Array<{ clock: number; len: number }>>

const idOf = (id: Y.ID | null): StructId | null => (id === null ? null : [id.client, id.clock])

function describeContent(content: Y.Item['content']): DescribedContent {
  if (content instanceof Y.ContentAny) return { kind: 'any', values: content.arr as unknown[] }
  if (content instanceof Y.ContentDeleted) return { kind: 'deleted' }
  if (content instanceof Y.ContentType) {
    const type = content.type
    if (type instanceof Y.Map) return { kind: 'type', type: 'map' }
    if (type instanceof Y.Array) return { kind: 'type', type: 'array' }
    if (type instanceof Y.Text) return { kind: 'type', type: 'text' }
    return { kind: 'type', type: 'xml' }
  }
  return { kind: 'other' }
}

function describeStruct(struct: Struct): DescribedStruct {
  const base = { client: struct.id.client, clock: struct.id.clock, length: struct.length }
  if (!(struct instanceof Y.Item)) {
    const kind = struct instanceof Y.GC ? 'gc' : 'skip'
    return { ...base, kind, parent: null, parentSub: null, origin: null, rightOrigin: null, content: { kind: 'other' } }
  }
  // Decoded (not integrated), an item's parent is a root type's name, its parent type's item id, or
  // null (then Yjs takes it from the item's neighbours).
  const parent = struct.parent as unknown
  return {
    ...base,
    kind: 'item',
    parent: typeof parent === 'string' ? parent : parent instanceof Y.ID ? [parent.client, parent.clock] : null,
    parentSub: struct.parentSub,
    origin: idOf(struct.origin),
    rightOrigin: idOf(struct.rightOrigin),
    content: describeContent(struct.content),
  }
}

function outOfRange(decoded: Decoded): boolean {
  for (const struct of decoded.structs) {
    if (struct.id.client > MAX_CLIENT || struct.id.clock + struct.length > MAX_CLOCK) return true
  }
  for (const [client, ranges] of decoded.ds.clients as DeleteRanges) {
    if (client > MAX_CLIENT) return true
    for (const range of ranges) if (range.clock + range.len > MAX_CLOCK) return true
  }
  return false
}

/** What the update needs from the document it is applied to (see {@link UpdateNeeds}). */
function needsOf(decoded: Decoded): UpdateNeeds {
  const clients = new Map<number, { must: number; to: number; refs: number }>()
  const entry = (client: number) => {
    let found = clients.get(client)
    if (!found) clients.set(client, (found = { must: 0, to: 0, refs: 0 }))
    return found
  }
  const seen = new Set<number>()
  for (const struct of decoded.structs) {
    const own = entry(struct.id.client)
    if (!seen.has(struct.id.client)) {
      seen.add(struct.id.client)
      own.must = Math.max(own.must, struct.id.clock)
    }
    const end = struct.id.clock + struct.length
    // A gap in a merged update: what follows it needs the skipped clocks from the document.
    if (struct instanceof Y.Skip) own.must = Math.max(own.must, end)
    own.to = Math.max(own.to, end)
    if (!(struct instanceof Y.Item)) continue
    const parent = struct.parent as unknown
    for (const ref of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (ref !== null && ref.client !== struct.id.client)
        entry(ref.client).refs = Math.max(entry(ref.client).refs, ref.clock + 1)
    }
  }
  for (const [client, ranges] of decoded.ds.clients as DeleteRanges) {
    for (const range of ranges) entry(client).refs = Math.max(entry(client).refs, range.clock + range.len)
  }
  return { clients: [...clients].map(([client, need]) => ({ client, ...need })) }
}

/** What the update refers to outside itself (see {@link UpdateReferences}). */
function referencesOf(decoded: Decoded, deletes: UpdateReferences['deletes']): UpdateReferences {
  const own = new Map<number, Array<readonly [from: number, to: number]>>()
  for (const struct of decoded.structs) {
    const ranges = own.get(struct.id.client)
    const range = [struct.id.clock, struct.id.clock + struct.length] as const
    if (ranges) ranges.push(range)
    else own.set(struct.id.client, [range])
  }
  for (const ranges of own.values()) ranges.sort((a, b) => a[0] - b[0])
  const isOwn = (id: Y.ID) => {
    const ranges = own.get(id.client)
    if (!ranges) return false
    let low = 0
    let high = ranges.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const [from, to] = ranges[middle]!
      if (id.clock < from) high = middle - 1
      else if (id.clock >= to) low = middle + 1
      else return true
    }
    return false
  }
  const roots = new Set<string>()
  const refs = new Map<string, StructId>()
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    const parent = struct.parent as unknown
    if (typeof parent === 'string') roots.add(parent)
    for (const ref of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (ref !== null && !isOwn(ref)) refs.set(`${ref.client}:${ref.clock}`, [ref.client, ref.clock])
    }
  }
  return { roots: [...roots], refs: [...refs.values()], deletes }
}

/** The text an update inserts, for a person to see what a proposal adds. */
function insertedText(decoded: Decoded): string {
  const parts: string[] = []
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) parts.push(struct.content.str)
  }
  return parts.join('').slice(0, 2000)
}

const refused = (problem: string): CheckResult => ({
  problem,
  needs: null,
  described: null,
  references: null,
  preview: null,
})

/**
 * Checks one client update, in the checking worker: it must decode, stay within what Yjs itself
 * ever produces (32-bit client ids, clocks far below 2^32), and apply to an empty document. For an
 * update that passes, tells what it needs from a document, and on request describes it.
 */
export function inspectUpdate(update: Uint8Array, options: CheckOptions = {}): CheckResult {
  let decoded: Decoded
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    return refused('update does not decode')
  }
  if (outOfRange(decoded)) return refused('update out of range')
  // A fixed GUID: Yjs would otherwise draw a random one (31 calls to crypto) for every check.
  const doc = new Y.Doc({ gc: true, guid: CHECK_GUID })
  try {
    Y.applyUpdate(doc, update)
    Y.encodeStateAsUpdate(doc)
  } catch {
    return refused('update could not be applied')
  } finally {
    doc.destroy()
  }
  const deletes = [...(decoded.ds.clients as DeleteRanges)].flatMap(([client, ranges]) =>
    ranges.map((r) => [client, r.clock, r.len] as const),
  )
  return {
    problem: null,
    needs: needsOf(decoded),
    described: options.describe ? { structs: decoded.structs.map(describeStruct), deletes } : null,
    references: options.references ? referencesOf(decoded, deletes) : null,
    preview: options.preview ? insertedText(decoded) : null,
  }
}
