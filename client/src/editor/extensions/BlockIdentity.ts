import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Mapping } from '@tiptap/pm/transform'
import { createBlockId } from '@samskriv/shared'
import { blockHasId } from './blockHasId'
import { isLocalDocChange } from './isLocalDocChange'
import { renewPastedIds } from './renewPastedIds'

/** Positions of the typed blocks with each id (in document order); '' collects blocks without one. */
function blocksById(doc: ProseMirrorNode): Map<string, number[]> {
  const byId = new Map<string, number[]>()
  doc.descendants((node, pos) => {
    if (blockHasId(node.type.name)) {
      const id = typeof node.attrs.id === 'string' ? node.attrs.id : ''
      const list = byId.get(id)
      if (list) list.push(pos)
      else byId.set(id, [pos])
    }
    // Text blocks hold no typed blocks.
    return !node.isTextblock
  })
  return byId
}

/**
 * For each id that is now on several blocks: where the block that had it before these transactions
 * ended up, so that block keeps it (a pasted copy above the original must not take its links).
 */
function previousOwners(
  oldDoc: ProseMirrorNode,
  transactions: readonly Transaction[],
  ids: ReadonlySet<string>,
): Map<string, number> {
  const mapping = new Mapping()
  for (const tr of transactions) mapping.appendMapping(tr.mapping)
  const owners = new Map<string, number>()
  oldDoc.descendants((node, pos) => {
    const id: unknown = node.attrs.id
    if (typeof id === 'string' && ids.has(id) && !owners.has(id) && blockHasId(node.type.name)) {
      const mapped = mapping.mapResult(pos, 1)
      if (!mapped.deleted) owners.set(id, mapped.pos)
    }
    return !node.isTextblock
  })
  return owners
}

/** The transaction that gives every typed block without an id, or with a duplicate one, a new id. */
export function assignMissingBlockIds(
  oldState: EditorState,
  newState: EditorState,
  transactions: readonly Transaction[],
): Transaction | null {
  const byId = blocksById(newState.doc)
  const renew: number[] = [...(byId.get('') ?? [])]
  const duplicated = new Set([...byId].filter(([id, list]) => id !== '' && list.length > 1).map(([id]) => id))
  if (duplicated.size > 0) {
    const owners = previousOwners(oldState.doc, transactions, duplicated)
    for (const id of duplicated) {
      const positions = byId.get(id) ?? []
      const owner = owners.get(id)
      const keep = owner !== undefined && positions.includes(owner) ? owner : positions[0]
      renew.push(...positions.filter((pos) => pos !== keep))
    }
  }
  if (renew.length === 0) return null
  const tr = newState.tr
  for (const pos of renew) tr.setNodeAttribute(pos, 'id', createBlockId())
  return tr
}

/**
 * Keeps block ids present and unique: after a local change (paste, split, a copy of a decision) a
 * typed block with an empty or duplicate id gets a new one, and the block that had the id before
 * keeps it. Pasted blocks get new ids unless they were cut from this editor (a move), so a decision
 * copied from another protocol does not share its id. Changes from other writers are left alone
 * (their device does the same for them).
 */
export const BlockIdentity = Extension.create({
  name: 'blockIdentity',

  addProseMirrorPlugins() {
    // Ids of blocks cut in this editor: pasting them back is a move, and links should follow.
    const cut = new Set<string>()
    return [
      new Plugin({
        key: new PluginKey('blockIdentity'),
        appendTransaction: (transactions, oldState, newState) =>
          isLocalDocChange(transactions) ? assignMissingBlockIds(oldState, newState, transactions) : null,
        props: {
          handleDOMEvents: {
            cut: (view) => {
              cut.clear()
              view.state.selection.content().content.descendants((node) => {
                const id: unknown = node.attrs.id
                if (blockHasId(node.type.name) && typeof id === 'string' && id !== '') cut.add(id)
              })
              return false
            },
          },
          // A block dragged within the editor is moved, not copied: it keeps its id.
          transformPasted: (slice, view) => (view.dragging?.move === true ? slice : renewPastedIds(slice, cut)),
        },
      }),
    ]
  },
})
