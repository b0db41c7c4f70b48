import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { blockDefinition, validateAttributes } from '../blocks/index.js'
import { getBody } from '../documentLayout.js'
import { bodySchema } from '../editor/bodyExtensions.js'
import { normalizeBody } from '../render/canonicalContent.js'
import { elementToJson } from '../yjs/fragmentToJson.js'
import { insertJsonIntoFragment } from '../yjs/jsonToFragment.js'

/** Where a block of a snapshot goes back into the current text. */
export type BlockRestorePlan =
  /** The block is in the text as it was: nothing to do. */
  | { readonly kind: 'present' }
  /** A block with the same id is in the text, changed since: it is replaced at `at`. */
  | { readonly kind: 'replace'; readonly at: number }
  /** The block is gone: it is inserted at `at`, after what preceded it in the snapshot. */
  | { readonly kind: 'insert'; readonly at: number }

/** JSON with object keys sorted, so equal blocks compare equal. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** A block's id (typed blocks have one), or null. */
function idOf(block: JSONContent): string | null {
  const id: unknown = block.attrs?.['id']
  return typeof id === 'string' && id !== '' ? id : null
}

/** Both blocks normalised by the schema, so defaults written or not do not make them differ. */
function sameBlock(a: JSONContent, b: JSONContent): boolean {
  return sortedJson(normalizeBlock(a)) === sortedJson(normalizeBlock(b))
}

function normalizeBlock(block: JSONContent): JSONContent {
  return normalizeBody({ type: 'doc', content: [block] }).content?.[0] ?? block
}

/**
 * Decides where the snapshot's top-level block `index` goes back into the current blocks: nothing
 * if it is there unchanged; in place of the block with its id if that is there, changed; else
 * between its neighbours in the snapshot that are still in the text (by id, or equal content):
 * right before the nearest one after it, else right after the nearest one before it, else first.
 */
export function planBlockRestore(
  snapshotBlocks: readonly JSONContent[],
  index: number,
  currentBlocks: readonly JSONContent[],
): BlockRestorePlan {
  const block = snapshotBlocks[index]
  if (block === undefined) throw new RangeError(`The snapshot has no block ${index}.`)
  const id = idOf(block)
  if (id !== null) {
    const at = currentBlocks.findIndex((current) => idOf(current) === id)
    if (at >= 0) return sameBlock(currentBlocks[at]!, block) ? { kind: 'present' } : { kind: 'replace', at }
  } else if (currentBlocks.some((current) => sameBlock(current, block))) {
    return { kind: 'present' }
  }
  const matches = (snapshotBlock: JSONContent, from: number) => {
    const wanted = idOf(snapshotBlock)
    const at = currentBlocks
      .slice(from)
      .findIndex((current) => (wanted !== null ? idOf(current) === wanted : sameBlock(current, snapshotBlock)))
    return at < 0 ? -1 : at + from
  }
  let after = -1
  for (let before = index - 1; before >= 0 && after < 0; before--) after = matches(snapshotBlocks[before]!, 0)
  // Right before the nearest block after it that is still there, else right after the one before.
  for (let next = index + 1; next < snapshotBlocks.length; next++) {
    const at = matches(snapshotBlocks[next]!, after + 1)
    if (at >= 0) return { kind: 'insert', at }
  }
  return { kind: 'insert', at: after + 1 }
}

let schema: ReturnType<typeof bodySchema> | null = null

/** Throws when a block is not valid by the shared schemas (its structure and typed attributes). */
export function assertValidBlocks(blocks: readonly JSONContent[]): void {
  schema ??= bodySchema()
  // Unknown nodes or marks throw here, content a node may not hold in check().
  schema.nodeFromJSON({ type: 'doc', content: [...blocks] }).check()
  const visit = (node: JSONContent) => {
    const definition = node.type === undefined ? undefined : blockDefinition(node.type)
    if (definition) {
      const result = validateAttributes(definition, node.attrs ?? {})
      if (!result.ok) throw new Error(`${node.type}: ${result.problems.join('; ')}`)
    }
    for (const child of node.content ?? []) visit(child)
  }
  for (const block of blocks) visit(block)
}

/** A container's element children and their JSON, with each one's index among all its children. */
function childBlocks(container: Y.XmlFragment): { json: JSONContent[]; elements: Y.XmlElement[]; positions: number[] } {
  const json: JSONContent[] = []
  const elements: Y.XmlElement[] = []
  const positions: number[] = []
  container.toArray().forEach((child, position) => {
    if (!(child instanceof Y.XmlElement)) return
    json.push(elementToJson(child))
    elements.push(child)
    positions.push(position)
  })
  return { json, elements, positions }
}

/** Where a block sits in a body: the index at each level, e.g. `[2, 1]`, the second child of the third block. */
export type BlockPath = readonly number[]

/**
 * Follows `path` (all but its last step) through the snapshot and the live body at once: each
 * container on the way must be a typed block whose id is still in the live document.
 */
function containersAt(
  doc: Y.Doc,
  snapshotBody: JSONContent,
  path: BlockPath,
): { snapshot: JSONContent; live: Y.XmlFragment; liveJson: JSONContent } {
  let snapshot = snapshotBody
  let live: Y.XmlFragment = getBody(doc)
  let liveJson: JSONContent = { type: 'doc' }
  for (const step of path.slice(0, -1)) {
    const next = snapshot.content?.[step]
    const id = next === undefined ? null : idOf(next)
    if (next === undefined || id === null) throw new RangeError('The snapshot has no such block.')
    const children = childBlocks(live)
    const found = children.json.findIndex((child) => idOf(child) === id)
    if (found < 0) throw new RangeError('The block that held it is no longer in the text.')
    snapshot = next
    live = children.elements[found]!
    liveJson = children.json[found]!
  }
  return { snapshot, live, liveJson }
}

/** Where in `children` the plan puts the block, and the children as they would be. */
function applyPlan(children: readonly JSONContent[], plan: BlockRestorePlan, block: JSONContent): JSONContent[] {
  const next = [...children]
  if (plan.kind === 'replace') next.splice(plan.at, 1, block)
  else if (plan.kind === 'insert') next.splice(plan.at, 0, block)
  return next
}

/** Throws when a container would not be valid by the schema with these children. */
function assertValidContainer(container: JSONContent, children: JSONContent[]): void {
  schema ??= bodySchema()
  schema.nodeFromJSON({ ...container, type: container.type ?? 'doc', content: children }).check()
}

/**
 * What restoring the snapshot's block at `path` would do to the current document, without doing
 * it; throws when it cannot be restored (the block that held it is gone, or the result would not
 * be valid by the shared schemas).
 */
export function planRestore(doc: Y.Doc, snapshotBody: JSONContent, path: BlockPath): BlockRestorePlan {
  const { snapshot, live, liveJson } = containersAt(doc, snapshotBody, path)
  const index = path.at(-1) ?? -1
  const blocks = snapshot.content ?? []
  const block = blocks[index]
  if (block === undefined) throw new RangeError('The snapshot has no such block.')
  assertValidBlocks([block])
  const current = childBlocks(live).json
  const plan = planBlockRestore(blocks, index, current)
  if (plan.kind !== 'present') assertValidContainer(liveJson, applyPlan(current, plan, block))
  return plan
}

/**
 * Brings the snapshot's block at `path` back into the document as an ordinary edit (one
 * transaction with `origin`), by {@link planBlockRestore} among the children of the block that
 * holds it (the body for a top-level block). Answers what it did.
 */
export function restoreBlock(
  doc: Y.Doc,
  snapshotBody: JSONContent,
  path: BlockPath | number,
  origin?: unknown,
): BlockRestorePlan {
  const steps = typeof path === 'number' ? [path] : path
  const plan = planRestore(doc, snapshotBody, steps)
  if (plan.kind === 'present') return plan
  const { snapshot, live } = containersAt(doc, snapshotBody, steps)
  const block = snapshot.content![steps.at(-1)!]!
  const { positions } = childBlocks(live)
  const position = (i: number) => (i < positions.length ? positions[i]! : live.length)
  doc.transact(() => {
    if (plan.kind === 'replace') {
      const at = position(plan.at)
      live.delete(at, 1)
      insertJsonIntoFragment(live, at, [block])
    } else if (plan.kind === 'insert') {
      insertJsonIntoFragment(live, plan.at === 0 ? 0 : position(plan.at - 1) + 1, [block])
    }
  }, origin)
  return plan
}

/** A block of a snapshot that is missing or changed in the current text, and can be restored. */
export interface RestoreCandidate {
  readonly path: BlockPath
  readonly block: JSONContent
  readonly kind: 'insert' | 'replace'
  /** The typed blocks that hold it, outermost first (none for a top-level block). */
  readonly within: readonly JSONContent[]
}

/**
 * Every block of the snapshot that could be restored into the current document: top-level blocks
 * missing or changed, and inside a changed typed block (an agenda item, a decision) its own
 * missing or changed blocks, so one paragraph can come back without the rest of the item.
 */
export function restoreCandidates(doc: Y.Doc, snapshotBody: JSONContent): RestoreCandidate[] {
  const found: RestoreCandidate[] = []
  const visit = (container: JSONContent, path: number[], within: JSONContent[]) => {
    ;(container.content ?? []).forEach((block, index) => {
      const at = [...path, index]
      let plan: BlockRestorePlan
      try {
        plan = planRestore(doc, snapshotBody, at)
      } catch {
        return
      }
      if (plan.kind === 'present') return
      found.push({ path: at, block, kind: plan.kind, within })
      if (plan.kind === 'replace') visit(block, at, [...within, block])
    })
  }
  visit(snapshotBody, [], [])
  return found
}

/** Replaces the document's whole body by a snapshot's, as one ordinary edit with `origin`. */
export function restoreBody(doc: Y.Doc, snapshotBody: JSONContent, origin?: unknown): void {
  const blocks = snapshotBody.content ?? []
  assertValidBlocks(blocks)
  doc.transact(() => {
    const body = getBody(doc)
    body.delete(0, body.length)
    insertJsonIntoFragment(body, 0, blocks)
  }, origin)
}
