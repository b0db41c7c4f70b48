import { getBody } from '@samskriv/shared'
import * as Y from 'yjs'

/** Appends a paragraph to a document's body, as typing in the editor does. */
export function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  getBody(doc).insert(getBody(doc).length, [paragraph])
}
