import type { Editor, JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { insertBlockAt } from './insertBlockAt'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { useBlockEditor } from './useBlockEditor'

/** Props of {@link AddChildButton}. */
export interface AddChildButtonProps {
  editor: Editor
  /** The block the child goes into (appended at its end). */
  node: ProseMirrorNode
  getPos: () => number | undefined
  /** Builds the new child (with a fresh id). */
  build: () => JSONContent
  label: string
}

/**
 * A button at the foot of a container block (improvement area, ongoing work, responsibility matrix)
 * that appends a new child block and puts the cursor (or focus) in it.
 */
export function AddChildButton({ editor, node, getPos, build, label }: AddChildButtonProps) {
  const { editable } = useBlockEditor()
  if (!editable) return null
  return (
    <div className="block__footer" contentEditable={false} {...BLOCK_CONTROLS}>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const pos = getPos()
          if (pos === undefined) return
          insertBlockAt(editor, pos + node.nodeSize - 1, build())
        }}
      >
        {label}
      </button>
    </div>
  )
}
