import { getBody } from '@samskriv/shared'
import * as Y from 'yjs'
import { seededRandom } from './seededRandom.js'

const WORDS = [
  'protokoll',
  'beslut',
  'kommunen',
  'regionen',
  'handlingsplan',
  'äldreomsorg',
  'skolan',
  'uppföljning',
  'ansvarig',
  'samverkan',
  'vårdcentral',
  'socialtjänst',
  'rutin',
  'åtgärd',
  'mötet',
  'ordföranden',
  'justerare',
  'information',
  'ärende',
  'förvaltning',
  'och',
  'att',
  'med',
  'för',
  'till',
  'om',
  'det',
]

/**
 * Writes a document's body the way people do, in many small edits: words typed at random places in
 * random paragraphs, a new paragraph now and then, a few characters deleted now and then. Edits at
 * scattered places stay separate Yjs items (as real editing histories do), unlike text appended in
 * one go, which Yjs merges into one item. The layout is our body's (`paragraph` elements holding
 * text), so the app can open what it writes.
 */
export class EditWriter {
  private readonly random: () => number
  private readonly body: Y.XmlFragment
  /** Characters of text written so far (net of deletions). */
  textLength = 0

  constructor(
    readonly doc: Y.Doc,
    seed = 1,
  ) {
    this.random = seededRandom(seed)
    this.body = getBody(doc)
  }

  /** Makes `count` edits, `perTransaction` of them in each transaction (one update, one message). */
  write(count: number, perTransaction = 1): void {
    for (let done = 0; done < count; done += perTransaction) {
      const batch = Math.min(perTransaction, count - done)
      this.doc.transact(() => {
        for (let i = 0; i < batch; i++) this.edit()
      })
    }
  }

  /** Appends a paragraph holding `text` at the end of the body (a marker to wait for). */
  appendParagraph(text: string): void {
    this.doc.transact(() => this.body.push([paragraph(text)]))
    this.textLength += text.length
  }

  private edit(): void {
    const roll = this.random()
    const count = this.body.length
    if (count === 0 || roll < 0.04) {
      const phrase = this.phrase()
      this.body.insert(Math.floor(this.random() * (count + 1)), [paragraph(phrase)])
      this.textLength += phrase.length
      return
    }
    const element = this.body.get(Math.floor(this.random() * count))
    const text = element instanceof Y.XmlElement ? element.get(0) : null
    if (!(text instanceof Y.XmlText)) return
    if (roll < 0.12 && text.length > 10) {
      const length = 1 + Math.floor(this.random() * 8)
      text.delete(Math.floor(this.random() * (text.length - length)), length)
      this.textLength -= length
      return
    }
    const phrase = this.phrase()
    text.insert(Math.floor(this.random() * (text.length + 1)), phrase)
    this.textLength += phrase.length
  }

  /** A few words and a space: 20–30 characters. */
  private phrase(): string {
    let phrase = ''
    while (phrase.length < 20) phrase += `${WORDS[Math.floor(this.random() * WORDS.length)] ?? 'ord'} `
    return phrase
  }
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}
