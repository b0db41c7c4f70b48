import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { cleanWordHtml } from './cleanWordHtml'

/** Pasting from Word keeps its lists as lists and leaves its comment markers out. */
export const WordPaste = Extension.create({
  name: 'wordPaste',

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('wordPaste'), props: { transformPastedHTML: cleanWordHtml } })]
  },
})
