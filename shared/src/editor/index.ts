/**
 * `@samskriv/shared/editor`: what needs Tiptap and ProseMirror: the body's extensions and schema,
 * typed blocks as Tiptap nodes, the schema-normalised content an approval hashes, and restoring
 * blocks from history (checked against the schema). Kept apart from the main entry so reading
 * documents (the document list, registers, search, the relay) does not load the editor.
 */
export * from './bodyExtensions.js'
export * from './blockNode.js'
export * from '../render/canonicalContent.js'
export * from '../history/restoreBlock.js'
