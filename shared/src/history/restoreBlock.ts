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
 * right after the nearest block before it in the snapshot that is still in the text (by id, or
 * equal content), or first when none is.
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
  for (let before = index - 1; before >= 0; before--) {
    const previous = snapshotBlocks[before]!
    const previousId = idOf(previous)
    const at = currentBlocks.findIndex((current) =>
      previousId !== null ? idOf(current) === previousId : sameBlock(current, previous),
    )
    if (at >= 0) return { kind: 'insert', at: at + 1 }
  }
  return { kind: 'insert', at: 0 }
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

/** The body's top-level elements and their JSON, with each one's index in the fragment. */
function currentBlocks(body: Y.XmlFragment): { json: JSONContent[]; positions: number[] } {
  const json: JSONContent[] = []
  const positions: number[] = []
  body.toArray().forEach((child, position) => {
    if (!(child instanceof Y.XmlElement)) return
    json.push(elementToJson(child))
    positions.push(position)
  })
  return { json, positions }
}

/**
 * Brings one top-level block of a snapshot's body back into the document as an ordinary edit (one
 * transaction with `origin`), by {@link planBlockRestore}. Answers what it did.
 */
export function restoreBlock(doc: Y.Doc, snapshotBody: JSONContent, index: number, origin?: unknown): BlockRestorePlan {
  const blocks = snapshotBody.content ?? []
  const block = blocks[index]
  if (block === undefined) throw new RangeError(`The snapshot has no block ${index}.`)
  assertValidBlocks([block])
  let plan: BlockRestorePlan = { kind: 'present' }
  doc.transact(() => {
    const body = getBody(doc)
    const current = currentBlocks(body)
    plan = planBlockRestore(blocks, index, current.json)
    if (plan.kind === 'present') return
    const position = (i: number) => (i < current.positions.length ? current.positions[i]! : body.length)
    if (plan.kind === 'replace') {
      const at = position(plan.at)
      body.delete(at, 1)
      insertJsonIntoFragment(body, at, [block])
    } else {
      insertJsonIntoFragment(body, plan.at === 0 ? 0 : position(plan.at - 1) + 1, [block])
    }
  }, origin)
  return plan
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
