import type { Page } from 'playwright-core'
import type * as Y from 'yjs'
import { appendJsonToFragment, fragmentToJson, getBody, type JSONContent } from '@samskriv/shared'
import { bodySchema } from '@samskriv/shared/editor'
import { typedAsIntended, type TypedRun } from '@samskriv/shared/testing'
import { editor } from './appActions.js'
import { withRelayDocument } from './relayClient.js'

/** One writer in a browser: what they type, where (a textblock's text and an offset), how fast. */
export interface BrowserWriter {
  readonly page: Page
  readonly text: string
  /** The text of the textblock to type in ('' for the last empty one) and the caret's offset in it. */
  readonly block: string
  readonly offset: number
  /** Milliseconds between keys, one per character (the rhythm of a person typing). */
  readonly delays: readonly number[]
}

/** What a textblock holds in one place: its text, and the text carrying each mark. */
export interface BlockContent {
  readonly text: string
  readonly marked: Readonly<Record<string, string>>
}

/** Appends content to a document's body as the editor would write it (every attribute filled). */
export async function appendToDocument(baseUrl: string, documentId: string, content: JSONContent[]): Promise<void> {
  const written = bodySchema().nodeFromJSON({ type: 'doc', content }).toJSON() as JSONContent
  await withRelayDocument(baseUrl, documentId, (doc) =>
    doc.transact(() => appendJsonToFragment(getBody(doc), written.content ?? [])),
  )
}

/**
 * Puts a writer's caret into the textblock whose text is `block` (the last one, for ''), `offset`
 * characters in, through the editor the app exposes on its element; then focuses it.
 */
export async function placeCaret(page: Page, block: string, offset: number): Promise<void> {
  await editor(page).evaluate(
    (root, { block, offset }) => {
      type Doc = {
        descendants(f: (node: { isTextblock: boolean; textContent: string }, pos: number) => boolean): void
      }
      const tiptap = (
        root as unknown as {
          editor: { state: { doc: Doc }; commands: { setTextSelection(pos: number): boolean }; view: { focus(): void } }
        }
      ).editor
      const starts: number[] = []
      tiptap.state.doc.descendants((node, pos) => {
        if (node.isTextblock && node.textContent === block) starts.push(pos + 1)
        return !node.isTextblock
      })
      const start = block === '' ? starts.at(-1) : starts[0]
      if (start === undefined) throw new Error(`no textblock "${block}"`)
      tiptap.view.focus()
      tiptap.commands.setTextSelection(start + offset)
    },
    { block, offset },
  )
}

/** Types every writer's text at once, each in their own rhythm, as people in a meeting do. */
export async function typeTogether(writers: readonly BrowserWriter[]): Promise<void> {
  for (const writer of writers) await placeCaret(writer.page, writer.block, writer.offset)
  await Promise.all(
    writers.map(async ({ page, text, delays }) => {
      for (const [i, character] of [...text].entries()) {
        await page.keyboard.type(character)
        // The pause between two key presses: a person's rhythm, not a wait for a condition.
        await new Promise((resolve) => setTimeout(resolve, delays[i] ?? 100))
      }
    }),
  )
}

/**
 * How well a textblock's text matches what writers typed: the longest start of any of their texts
 * that it contains (a writer's whole text when it came out whole).
 */
function matchLength(text: string, needles: readonly string[]): number {
  let best = 0
  for (const needle of needles) {
    for (let length = needle.length; length > best; length--) {
      if (text.includes(needle.slice(0, length))) {
        best = length
        break
      }
    }
  }
  return best
}

/** Of textblocks' texts, the index of the one the writers typed in (null if none holds 5 of their characters). */
export function typedBlockIndex(texts: readonly string[], needles: readonly string[]): number | null {
  let best = -1
  let bestLength = 4
  texts.forEach((text, index) => {
    const length = matchLength(text, needles)
    if (length > bestLength) {
      best = index
      bestLength = length
    }
  })
  return best < 0 ? null : best
}

/** A document body as the shared schema reads it. */
type PMNode = ReturnType<ReturnType<typeof bodySchema>['nodeFromJSON']>

/** Every textblock of a document, with its marked text. */
function blocksOf(doc: PMNode): BlockContent[] {
  const blocks: BlockContent[] = []
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    const marked: Record<string, string> = {}
    node.forEach((child) => {
      for (const mark of child.marks) marked[mark.type.name] = (marked[mark.type.name] ?? '') + (child.text ?? '')
    })
    blocks.push({ text: node.textContent, marked })
    return false
  })
  return blocks
}

/** Every textblock of a page's editor document (its state, through the editor the app exposes). */
async function blocksInPage(page: Page): Promise<BlockContent[]> {
  const json = await editor(page).evaluate((root) =>
    (root as unknown as { editor: { getJSON(): JSONContent } }).editor.getJSON(),
  )
  return blocksOf(bodySchema().nodeFromJSON(json))
}

/** The textblock writers typed `needles` into, in a page's editor. */
export async function blockInPage(page: Page, needles: readonly string[]): Promise<BlockContent | null> {
  const blocks = await blocksInPage(page)
  const index = typedBlockIndex(
    blocks.map((b) => b.text),
    needles,
  )
  return index === null ? null : blocks[index]!
}

/** The textblock writers typed `needles` into, in the document as the server stores it. */
export function blockOnServer(
  baseUrl: string,
  documentId: string,
  needles: readonly string[],
): Promise<BlockContent | null> {
  return withRelayDocument(baseUrl, documentId, (doc: Y.Doc) => {
    const blocks = blocksOf(bodySchema().nodeFromJSON(fragmentToJson(getBody(doc))))
    const index = typedBlockIndex(
      blocks.map((b) => b.text),
      needles,
    )
    return index === null ? null : blocks[index]!
  })
}

/** What came out wrong in one place (none: each writer's text whole, in order, where typed). */
export function problemsWith(where: string, original: string, runs: readonly TypedRun[], block: BlockContent | null) {
  return typedAsIntended(original, runs, block?.text ?? '').map((problem) => `${where}: ${problem}`)
}
