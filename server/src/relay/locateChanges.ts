import * as Y from 'yjs'
import type { DescribedContent, DescribedStruct, DescribedUpdate, StructId } from '../workers/updateCheckProtocol.js'
import { covered, type ClockRange } from './coveredRange.js'

/** Where an item is in a document: its root type, then the map keys down to it (null: a sequence). */
export interface Location {
  readonly root: string
  readonly path: ReadonlyArray<string | null>
}

/** A new item of an update that takes effect. */
export interface LocatedWrite extends Location {
  readonly content: DescribedContent
  /** Whether the type that holds it is created by the same update (false for a root's items). */
  readonly parentIsNew: boolean
}

/** An item of the document that an update deletes. */
export interface LocatedRemoval extends Location {
  readonly item: Y.Item
}

/** What an update changes in a document, by location. */
export interface LocatedChanges {
  /** New items that take effect (not deleted by the update itself, not garbage). */
  readonly writes: LocatedWrite[]
  /** Visible items of the document the update deletes. */
  readonly removals: LocatedRemoval[]
  /** Items that could not be placed: they need changes the document lacks, or nest too deep. */
  readonly unplaced: number
}

/** Nesting deeper than this is not placed (Samskriv's documents nest a few levels). */
const MAX_DEPTH = 64

/** Where an item goes: a location, nowhere (Yjs turns it into garbage), or unknown. */
type Place = Location | 'void' | null

function appendKey(place: Place, key: string | null): Place {
  return place === null || place === 'void' ? place : { root: place.root, path: [...place.path, key] }
}

/** The structs of an update by client, sorted by clock, to find the one holding an id. */
function indexStructs(structs: readonly DescribedStruct[]): Map<number, DescribedStruct[]> {
  const byClient = new Map<number, DescribedStruct[]>()
  for (const struct of structs) {
    const list = byClient.get(struct.client)
    if (list) list.push(struct)
    else byClient.set(struct.client, [struct])
  }
  for (const list of byClient.values()) list.sort((a, b) => a.clock - b.clock)
  return byClient
}

function findIn(list: readonly DescribedStruct[] | undefined, clock: number): DescribedStruct | null {
  if (!list) return null
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const struct = list[middle]!
    if (clock < struct.clock) high = middle - 1
    else if (clock >= struct.clock + struct.length) low = middle + 1
    else return struct
  }
  return null
}

/**
 * Places each new item and each deletion of a checked update (described by the checking worker) in
 * `doc`, by root type and map keys, without applying it: a few lookups per struct, whatever the
 * document's size. Rules then judge what an update touches (e.g. which comment and which field),
 * and the update is applied only if they allow it.
 */
export function locateChanges(doc: Y.Doc, update: DescribedUpdate): LocatedChanges {
  const byClient = indexStructs(update.structs)
  const deleted = new Map<number, ClockRange[]>()
  for (const [client, clock, len] of update.deletes) {
    const list = deleted.get(client)
    if (list) list.push({ clock, len })
    else deleted.set(client, [{ clock, len }])
  }
  for (const list of deleted.values()) list.sort((a, b) => a.clock - b.clock)

  const docItem = (id: StructId): Y.Item | 'gc' | null => {
    if (id[1] >= Y.getState(doc.store, id[0])) return null
    const struct = Y.getItem(doc.store, Y.createID(id[0], id[1])) as Y.Item | Y.GC
    return struct instanceof Y.Item ? struct : 'gc'
  }

  /** The place of an integrated item of the document. */
  const placeOfItem = (item: Y.Item, depth: number): Place => {
    const parent = item.parent as Y.AbstractType<unknown> | null
    if (!parent) return 'void'
    if (parent._item === null) return { root: Y.findRootTypeKey(parent), path: [item.parentSub] }
    if (depth > MAX_DEPTH) return null
    if (parent._item.deleted) return 'void'
    return appendKey(placeOfItem(parent._item, depth + 1), item.parentSub)
  }

  const places = new Map<DescribedStruct, Place>()
  /** The place of a new item of the update. */
  const placeOfStruct = (struct: DescribedStruct, depth: number): Place => {
    if (places.has(struct)) return places.get(struct)!
    let place: Place = null
    if (struct.kind !== 'item') place = 'void'
    else if (depth > MAX_DEPTH) place = null
    else if (typeof struct.parent === 'string') place = { root: struct.parent, path: [struct.parentSub] }
    else if (struct.parent !== null) {
      const [client, clock] = struct.parent
      const holder = findIn(byClient.get(client), clock)
      if (holder) {
        place = holder.content.kind === 'type' ? appendKey(placeOfStruct(holder, depth + 1), struct.parentSub) : 'void'
      } else {
        const item = docItem(struct.parent)
        if (item === 'gc' || (item && (!(item.content instanceof Y.ContentType) || item.deleted))) place = 'void'
        else if (item) place = appendKey(placeOfItem(item, depth + 1), struct.parentSub)
      }
    } else {
      // Yjs takes the parent (and key) from the left neighbour, else from the right one.
      const neighbour = struct.origin ?? struct.rightOrigin
      if (neighbour) {
        const inUpdate = findIn(byClient.get(neighbour[0]), neighbour[1])
        if (inUpdate) place = placeOfStruct(inUpdate, depth + 1)
        else {
          const item = docItem(neighbour)
          place = item === 'gc' ? 'void' : item ? placeOfItem(item, depth + 1) : null
        }
      }
    }
    places.set(struct, place)
    return place
  }

  const writes: LocatedWrite[] = []
  let unplaced = 0
  for (const struct of update.structs) {
    if (struct.kind !== 'item' || struct.content.kind === 'deleted') continue
    if (covered(deleted.get(struct.client) ?? [], struct.clock, struct.length)) continue
    const place = placeOfStruct(struct, 0)
    if (place === null) unplaced++
    else if (place !== 'void') {
      const parent = struct.parent
      const parentIsNew =
        (parent !== null && typeof parent !== 'string' && findIn(byClient.get(parent[0]), parent[1]) !== null) ||
        (parent === null && isNewParent(struct, byClient))
      writes.push({ ...place, content: struct.content, parentIsNew })
    }
  }

  const removals: LocatedRemoval[] = []
  for (const [client, clock, len] of update.deletes) {
    const structs = doc.store.clients.get(client)
    if (!structs || clock >= Y.getState(doc.store, client)) continue
    for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
      const struct = structs[i]!
      if (!(struct instanceof Y.Item) || struct.deleted) continue
      const place = placeOfItem(struct, 0)
      if (place === null) unplaced++
      else if (place !== 'void') removals.push({ ...place, item: struct })
    }
  }
  return { writes, removals, unplaced }
}

/** Whether an item placed by its neighbour has a parent created in the same update. */
function isNewParent(struct: DescribedStruct, byClient: Map<number, DescribedStruct[]>): boolean {
  let current: DescribedStruct | null = struct
  for (let depth = 0; current && depth <= MAX_DEPTH; depth++) {
    if (current.parent !== null) {
      return typeof current.parent !== 'string' && findIn(byClient.get(current.parent[0]), current.parent[1]) !== null
    }
    const neighbour: StructId | null = current.origin ?? current.rightOrigin
    current = neighbour ? findIn(byClient.get(neighbour[0]), neighbour[1]) : null
  }
  return false
}
