import * as Y from 'yjs'

/** The typed block element with this node name and id in a Yjs body, or null. */
export function findBlockElement(body: Y.XmlFragment, nodeName: string, id: string): Y.XmlElement | null {
  if (id === '') return null
  const stack: Array<Y.XmlFragment | Y.XmlElement> = [body]
  while (stack.length > 0) {
    const parent = stack.pop()
    if (parent === undefined) break
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === nodeName && child.getAttribute('id') === id) return child
      stack.push(child)
    }
  }
  return null
}
