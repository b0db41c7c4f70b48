import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { Anchor } from '@samskriv/shared'
import { findBlockNode } from './blockAnchor'
import { bodyBindingOf, resolveTextAnchor } from './textAnchor'

/** An open thread to highlight. */
export interface HighlightedThread {
  readonly id: string
  readonly anchor: Anchor
}

/** What the panel tells the plugin: the open threads, and the one in focus. */
export interface CommentHighlightsInput {
  readonly threads: readonly HighlightedThread[]
  readonly activeId: string | null
}

interface HighlightsState extends CommentHighlightsInput {
  readonly decorations: DecorationSet
}

/** Dispatch `tr.setMeta(commentHighlightsKey, input)` to change what is highlighted. */
export const commentHighlightsKey = new PluginKey<HighlightsState>('commentHighlights')

/** The attribute a highlight carries: its thread's id. */
export const COMMENT_ID_ATTRIBUTE = 'data-comment-id'

/**
 * The event (a `CustomEvent` with the thread id as `detail`) the editor's element gets when a
 * highlight is tapped or clicked without selecting text: show its thread.
 */
export const COMMENT_ACTIVATE_EVENT = 'samskriv:comment-activate'

function buildDecorations(state: EditorState, input: CommentHighlightsInput): DecorationSet {
  const binding = bodyBindingOf(state)
  const decorations: Decoration[] = []
  for (const { id, anchor } of input.threads) {
    const active = id === input.activeId
    if (anchor.kind === 'text') {
      const range = binding === null ? null : resolveTextAnchor(binding, anchor)
      if (range === null || range.to > state.doc.content.size) continue
      decorations.push(
        Decoration.inline(
          range.from,
          range.to,
          {
            class: active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
            [COMMENT_ID_ATTRIBUTE]: id,
          },
          { threadId: id },
        ),
      )
    } else {
      const block = findBlockNode(state.doc, anchor.blockId)
      if (block === null) continue
      decorations.push(
        Decoration.node(
          block.pos,
          block.pos + block.node.nodeSize,
          { class: active ? 'block--commented block--comment-active' : 'block--commented' },
          { threadId: id },
        ),
      )
    }
  }
  return DecorationSet.create(state.doc, decorations)
}

function apply(tr: Transaction, previous: HighlightsState, state: EditorState): HighlightsState {
  const input = tr.getMeta(commentHighlightsKey) as CommentHighlightsInput | undefined
  if (input !== undefined) return { ...input, decorations: buildDecorations(state, input) }
  // Changes from Yjs (others' edits, the first render) arrive with the binding's mapping current:
  // place the anchors anew. Local edits have not reached Yjs yet: map the highlights through them.
  if (tr.getMeta(ySyncPluginKey) !== undefined) return { ...previous, decorations: buildDecorations(state, previous) }
  if (!tr.docChanged) return previous
  return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
}

/**
 * Highlights the text (and blocks) open comment threads are anchored to, computed from the
 * anchors' Yjs relative positions through the editor's Yjs binding. Tapping highlighted text
 * tells the page (see {@link COMMENT_ACTIVATE_EVENT}). Add after the Collaboration extension.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightsState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], activeId: null, decorations: DecorationSet.empty }),
          apply: (tr, previous, _oldState, newState) => apply(tr, previous, newState),
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleDOMEvents: {
            click: (view, event) => {
              // A tap ends a selection by touch too: only a tap that selected nothing shows the thread.
              const selection = view.dom.ownerDocument.getSelection()
              if (selection !== null && !selection.isCollapsed) return false
              const target = event.target instanceof Element ? event.target.closest(`[${COMMENT_ID_ATTRIBUTE}]`) : null
              const id = target?.getAttribute(COMMENT_ID_ATTRIBUTE)
              if (id === null || id === undefined) return false
              view.dom.dispatchEvent(new CustomEvent(COMMENT_ACTIVATE_EVENT, { detail: id }))
              return false
            },
          },
        },
      }),
    ]
  },
})
