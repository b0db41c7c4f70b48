/**
 * Clipboard HTML from Microsoft Word made into plain HTML the editor reads as it was meant: Word's
 * list paragraphs (`mso-list`, the bullet or number typed out as text) become real nested lists,
 * and comment markers ("[A1]") and the comments themselves are left out. Other HTML passes
 * unchanged.
 */
export function cleanWordHtml(html: string): string {
  if (!/mso-|Mso|urn:schemas-microsoft-com/i.test(html)) return html
  const doc = new DOMParser().parseFromString(html, 'text/html')
  removeComments(doc)
  rebuildLists(doc)
  return doc.body.innerHTML
}

/** Word's comment anchors, references and the list of comments at the end. */
function removeComments(doc: Document): void {
  const selectors = [
    '.MsoCommentReference',
    '.msocomanchor',
    'a[href^="#_msocom_"]',
    '[style*="mso-special-character:comment"]',
    '[style*="mso-element:comment"]',
  ]
  for (const element of doc.querySelectorAll(selectors.join(','))) element.remove()
}

/** A Word list paragraph's place in its list. */
interface ListParagraph {
  readonly element: HTMLElement
  readonly level: number
  readonly ordered: boolean
}

const ORDERED_MARKER = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i

/** Whether `element` is one of Word's list paragraphs, and its level and kind. */
function listParagraph(element: Element): ListParagraph | null {
  if (!(element instanceof HTMLElement) || element.tagName !== 'P') return null
  const style = element.getAttribute('style') ?? ''
  const list = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style)
  if (list === null && !/MsoListParagraph/i.test(element.className)) return null
  const markers = [...element.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]')]
  const marker = (markers[0]?.textContent ?? '').replace(/\s+/g, '')
  for (const found of markers) found.remove()
  return { element, level: Number(list?.[1] ?? 1), ordered: ORDERED_MARKER.test(marker) }
}

/** Groups each run of consecutive list paragraphs into nested `<ul>`/`<ol>` lists. */
function rebuildLists(doc: Document): void {
  const paragraphs = [...doc.body.querySelectorAll('p')]
  let run: ListParagraph[] = []
  const flush = () => {
    if (run.length > 0) buildList(doc, run)
    run = []
  }
  for (const paragraph of paragraphs) {
    const item = listParagraph(paragraph)
    if (item === null) {
      flush()
      continue
    }
    const previous = run[run.length - 1]
    if (previous !== undefined && previous.element.nextElementSibling !== paragraph) flush()
    run.push(item)
  }
  flush()
}

/** Replaces a run of list paragraphs by one list, nested by their levels. */
function buildList(doc: Document, run: readonly ListParagraph[]): void {
  const first = run[0]!
  const stack: { list: HTMLElement; level: number }[] = []
  const open = (level: number, ordered: boolean, parent: HTMLElement | null): HTMLElement => {
    const list = doc.createElement(ordered ? 'ol' : 'ul')
    if (parent === null) first.element.before(list)
    else parent.append(list)
    stack.push({ list, level })
    return list
  }
  open(first.level, first.ordered, null)
  for (const { element, level, ordered } of run) {
    while (stack.length > 1 && stack[stack.length - 1]!.level > level) stack.pop()
    let top = stack[stack.length - 1]!
    if (level > top.level) {
      const parentItem = top.list.lastElementChild as HTMLElement | null
      open(level, ordered, parentItem ?? top.list)
      top = stack[stack.length - 1]!
    }
    const item = doc.createElement('li')
    const paragraph = doc.createElement('p')
    paragraph.append(...element.childNodes)
    item.append(paragraph)
    top.list.append(item)
    element.remove()
  }
}
