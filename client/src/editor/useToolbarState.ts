import { useEditorState } from '@tiptap/react'
import type { Editor } from '@tiptap/core'

/** What the toolbar shows as pressed or available for the current selection. */
export interface ToolbarState {
  paragraph: boolean
  headingLevel: 1 | 2 | 3 | null
  bold: boolean
  italic: boolean
  bulletList: boolean
  orderedList: boolean
  link: boolean
  inTable: boolean
  canUndo: boolean
  canRedo: boolean
}

/** Re-renders the toolbar only when one of these values changes. */
export function useToolbarState(editor: Editor | null): ToolbarState | null {
  return useEditorState({
    editor,
    selector: ({ editor: current }): ToolbarState | null => {
      if (current === null) return null
      const levels = [1, 2, 3] as const
      return {
        paragraph: current.isActive('paragraph'),
        headingLevel: levels.find((level) => current.isActive('heading', { level })) ?? null,
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        bulletList: current.isActive('bulletList'),
        orderedList: current.isActive('orderedList'),
        link: current.isActive('link'),
        inTable: current.isActive('table'),
        canUndo: current.can().undo(),
        canRedo: current.can().redo(),
      }
    },
  })
}
