import * as Y from 'yjs'

/**
 * Two updates of a paragraph "a**b**c" (b bold): the text, and a deletion of "b" alone, written as
 * a remote writer's client may send it (its own cleanup not yet written). Applied elsewhere, the
 * deletion leaves two bold marks around nothing; Yjs then removes the redundant one in a
 * transaction of its own.
 */
export function boldThenDeletion(fragmentName: string): { text: Uint8Array; deletion: Uint8Array } {
  const writer = new Y.Doc()
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  paragraph.insert(0, [text])
  writer.getXmlFragment(fragmentName).insert(0, [paragraph])
  text.insert(0, 'ac')
  text.insert(1, 'b', { bold: true })
  const withText = Y.encodeStateAsUpdate(writer)
  let deletion: Uint8Array | null = null
  writer.on('update', (update: Uint8Array) => (deletion = update))
  writer.transact((transaction) => {
    // The item holding "b" alone; its bold marks stay, as no local cleanup runs here.
    let item = text._start
    while (item && !(item.content instanceof Y.ContentString && item.content.str === 'b')) item = item.right
    item!.delete(transaction)
  })
  return { text: withText, deletion: deletion! }
}

/** The paragraph's bold marks that are not deleted. */
export function liveFormatMarks(doc: Y.Doc, fragmentName: string): number {
  const paragraph = doc.getXmlFragment(fragmentName).get(0) as Y.XmlElement
  const text = paragraph.get(0) as Y.XmlText
  let count = 0
  for (let item = text._start; item; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat) count++
  }
  return count
}
