import type { NodeViewRenderer } from '@tiptap/core'
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import type { ComponentType } from 'react'
import { blockNumberOf } from './blockNumberOf'
import { isBlockControlEvent } from './isBlockControlEvent'

/**
 * A React node view for a typed block. It re-renders when the block's attributes or content change
 * (so edits by other writers show in its form at once) and when its number changes, and leaves
 * events in its form to the browser.
 */
export function createBlockNodeView(component: ComponentType<ReactNodeViewProps>): NodeViewRenderer {
  return ReactNodeViewRenderer(component, {
    stopEvent: ({ event }) => isBlockControlEvent(event),
    update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
      if (oldNode !== newNode || blockNumberOf(oldDecorations) !== blockNumberOf(newDecorations)) updateProps()
      return true
    },
  })
}
