import type { Editor } from '@tiptap/core'

/** y-prosemirror's plugins: sync (the binding), undo and remote carets, which read the sync state. */
const Y_PLUGINS = ['y-sync', 'y-undo', 'yjs-cursor']

/**
 * Cuts an editor off its Yjs document at once and makes it read-only: y-prosemirror's plugins are
 * removed (the sync plugin's view, the binding, is destroyed with it), so content this version
 * cannot read is neither rendered nor deleted, and nothing the editor holds is written back.
 */
export function unbindCollaboration(editor: Editor): void {
  if (editor.isDestroyed) return
  try {
    editor.unregisterPlugin(Y_PLUGINS)
  } catch {
    // Not mounted yet: there is no binding to cut.
  }
  editor.setEditable(false)
}
