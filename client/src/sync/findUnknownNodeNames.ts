import * as Y from 'yjs'

/**
 * The element names in a Yjs body (or in elements just inserted into one) that the schema does not
 * know. y-prosemirror deletes such elements when it renders them, so a document that has any must
 * never be bound to an editor of this version.
 */
export function findUnknownNodeNames(
  roots: Iterable<Y.XmlFragment | Y.XmlElement>,
  known: ReadonlySet<string>,
): Set<string> {
  const unknown = new Set<string>()
  const stack: Array<Y.XmlFragment | Y.XmlElement> = [...roots]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node instanceof Y.XmlElement && !known.has(node.nodeName)) unknown.add(node.nodeName)
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) stack.push(child)
    }
  }
  return unknown
}
