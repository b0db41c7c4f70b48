import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JSONContent } from '@samskriv/shared'
import { seededRandom, type TypedRun } from '@samskriv/shared/testing'
import { editor, enterName, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, screenshot } from './browser.js'
import {
  appendToDocument,
  blockInPage,
  blockOnServer,
  problemsWith,
  typeTogether,
  type BlockContent,
} from './typingTogether.js'

/**
 * Several people type at once at the same places, at a person's speed, each in their own browser,
 * against the real relay: each one's text must come out whole, in order and where they typed it,
 * in every browser and in the document the server stores. Seeded: `E2E_TYPING_SEEDS=20` (and
 * `E2E_TYPING_FIRST_SEED`) runs more random sessions than CI does.
 */

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []
const writers: Page[] = []
let documentId = ''

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
})
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: [text(value)] })

/** The places people type in, each once in the document. */
const BLOCKS = {
  paragraph: 'Ordföranden öppnade mötet.',
  paragraph3: 'Mötet började klockan nio.',
  sameSpot: 'Alla hälsades välkomna.',
  heading: 'Rubrik två',
  agendaTitle: 'Mötets öppnande',
  decisionText: 'Ledningen beslutar att anta budgeten.',
  listItem: 'Andra punkten',
  tableCell: 'Cell ett',
  link: 'Se webbplatsen för mer.',
  bold: 'Det är viktigt nu.',
  empty: '',
} as const

const CONTENT: JSONContent[] = [
  paragraph(text(BLOCKS.paragraph)),
  paragraph(text(BLOCKS.paragraph3)),
  paragraph(text(BLOCKS.sameSpot)),
  { type: 'heading', attrs: { level: 2 }, content: [text(BLOCKS.heading)] },
  {
    type: 'agendaItem',
    attrs: { id: 'e2e-item' },
    content: [title(BLOCKS.agendaTitle), paragraph(text('Protokollet läggs till handlingarna.'))],
  },
  {
    type: 'decision',
    attrs: { id: 'e2e-decision' },
    content: [title('Budget'), paragraph(text(BLOCKS.decisionText))],
  },
  {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [paragraph(text('Första punkten'))] },
      { type: 'listItem', content: [paragraph(text(BLOCKS.listItem))] },
    ],
  },
  {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: [
          { type: 'tableCell', content: [paragraph(text(BLOCKS.tableCell))] },
          { type: 'tableCell', content: [paragraph(text('Cell två'))] },
        ],
      },
    ],
  },
  paragraph(
    text('Se '),
    text('webbplatsen', [{ type: 'link', attrs: { href: 'https://example.se' } }]),
    text(' för mer.'),
  ),
  paragraph(text('Det är '), text('viktigt', [{ type: 'bold' }]), text(' nu.')),
  { type: 'paragraph' },
]

/** Who types what where: writer index (0–2), text, offset in the block. */
type Run = readonly [writer: number, text: string, offset: number]

/** Types the runs at once in one block, waits for every browser and the server, returns each copy. */
async function typeRuns(block: string, runs: readonly Run[], random: () => number) {
  const typed = runs.map(([writer, value, offset]) => {
    const slowest = 60 + random() * 190
    return {
      page: writers[writer]!,
      text: value,
      block,
      offset,
      delays: [...value].map(() => 60 + random() * (slowest - 60)),
    }
  })
  await typeTogether(typed)
  const needles = runs.map(([, value]) => value)
  const pages = writers.slice(0, Math.max(...runs.map(([w]) => w)) + 1)
  // Every browser shows the same text, and has its changes stored.
  await expect
    .poll(async () => new Set(await Promise.all(writers.map(async (p) => (await blockInPage(p, needles))?.text))).size)
    .toBe(1)
  for (const page of pages) await waitForSyncStatus(page, 'synced')
  const copies: [string, BlockContent | null][] = [
    ...(await Promise.all(
      writers.map(async (p, i): Promise<[string, BlockContent | null]> => [
        `browser ${i + 1}`,
        await blockInPage(p, needles),
      ]),
    )),
    ['server', await blockOnServer(server.baseUrl, documentId, needles)],
  ]
  const intended: TypedRun[] = runs.map(([, value, offset]) => ({ text: value, offset }))
  return { copies, problems: copies.flatMap(([where, copy]) => problemsWith(where, block, intended, copy)) }
}

beforeAll(async () => {
  server = await startAppServer({ openMode: true })
  browser = await launchBrowser()
  const created = await fetch(`${server.baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Protokoll skrivet tillsammans', type: 'guidance' }),
  })
  documentId = ((await created.json()) as { id: string }).id
  await appendToDocument(server.baseUrl, documentId, CONTENT)
  for (const name of ['Karin Lund', 'Erik Berg', 'Maja Holm']) {
    const { context, page } = await openApp(browser, server.baseUrl)
    contexts.push(context)
    await enterName(page, name)
    await page.goto(`/dokument/${documentId}`)
    await editor(page).getByText(BLOCKS.tableCell).waitFor()
    writers.push(page)
  }
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

describe('people typing at once in one document', () => {
  const cases: { name: string; block: string; runs: Run[] }[] = [
    {
      name: "a paragraph's start and end",
      block: BLOCKS.paragraph,
      runs: [
        [0, '[Karin skriver här]', 0],
        [1, '[Erik skriver där]', BLOCKS.paragraph.length],
      ],
    },
    {
      name: "a paragraph's start, middle and end, three people",
      block: BLOCKS.paragraph3,
      runs: [
        [0, '[Karin i början]', 0],
        [1, '[Erik i mitten]', 13],
        [2, '[Maja i slutet]', BLOCKS.paragraph3.length],
      ],
    },
    {
      name: 'one spot, three people starting with the same character',
      block: BLOCKS.sameSpot,
      runs: [
        [0, '[Karin samma]', 5],
        [1, '[Erik samma]', 5],
        [2, '[Maja samma]', 5],
      ],
    },
    {
      name: 'a heading',
      block: BLOCKS.heading,
      runs: [
        [0, '[Karin rubrik]', 0],
        [1, '[Erik rubrik]', BLOCKS.heading.length],
      ],
    },
    {
      name: "an agenda item's title",
      block: BLOCKS.agendaTitle,
      runs: [
        [0, '[Karin paragraf]', 0],
        [1, '[Erik paragraf]', BLOCKS.agendaTitle.length],
      ],
    },
    {
      name: "a decision's text",
      block: BLOCKS.decisionText,
      runs: [
        [0, '[Karin beslut]', 0],
        [1, '[Erik beslut]', 19],
      ],
    },
    {
      name: 'a list item',
      block: BLOCKS.listItem,
      runs: [
        [0, '[Karin lista]', BLOCKS.listItem.length],
        [1, '[Erik lista]', 0],
      ],
    },
    {
      name: 'a table cell',
      block: BLOCKS.tableCell,
      runs: [
        [0, '[Karin cell]', 0],
        [1, '[Erik cell]', BLOCKS.tableCell.length],
      ],
    },
    {
      name: 'a fresh empty paragraph, three people',
      block: BLOCKS.empty,
      runs: [
        [0, '[Karin tomt]', 0],
        [1, '[Erik tomt]', 0],
        [2, '[Maja tomt]', 0],
      ],
    },
  ]

  for (const [index, { name, block, runs }] of cases.entries()) {
    it(`keeps everyone's text whole and where they typed it: ${name}`, async () => {
      const { problems } = await typeRuns(block, runs, seededRandom(index + 1))
      expect(problems).toEqual([])
      if (index === 2) await screenshot(writers[0]!, 'typing-together-same-spot')
    })
  }

  it('links only what is typed inside a link, and nothing typed right after it', async () => {
    const { problems, copies } = await typeRuns(
      BLOCKS.link,
      [
        [0, '[Karin länk]', 8],
        [1, '[Erik efter]', 14],
      ],
      seededRandom(20),
    )
    expect(problems).toEqual([])
    for (const [where, copy] of copies) expect(copy?.marked.link, where).toBe('webbp[Karin länk]latsen')
  })

  it('makes bold what is typed inside bold text and right after it, as in any editor', async () => {
    const { problems, copies } = await typeRuns(
      BLOCKS.bold,
      [
        [0, '[Karin fet]', 10],
        [1, '[Erik fet]', 14],
      ],
      seededRandom(21),
    )
    expect(problems).toEqual([])
    for (const [where, copy] of copies) expect(copy?.marked.bold, where).toBe('vik[Karin fet]tigt[Erik fet]')
  })
})

describe('random sessions of people typing at once', () => {
  const first = Number(process.env.E2E_TYPING_FIRST_SEED ?? 1)
  const count = Number(process.env.E2E_TYPING_SEEDS ?? 3)
  const names = ['Karin', 'Erik', 'Maja']

  for (let seed = first; seed < first + count; seed++) {
    it(`seed ${seed}`, async () => {
      const random = seededRandom(1000 + seed)
      // A fresh place for this session, of a random kind.
      const sentence = `Session ${seed}: ordföranden öppnade mötet och hälsade alla välkomna.`
      const kinds: JSONContent[] = [
        paragraph(text(sentence)),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text(sentence))] }] },
        { type: 'decision', attrs: { id: `e2e-decision-${seed}` }, content: [title(sentence)] },
        { type: 'decision', attrs: { id: `e2e-text-${seed}` }, content: [title('Beslut'), paragraph(text(sentence))] },
        { type: 'agendaItem', attrs: { id: `e2e-item-${seed}` }, content: [title(sentence)] },
      ]
      await appendToDocument(server.baseUrl, documentId, [kinds[Math.floor(random() * kinds.length)]!])
      for (const page of writers) await editor(page).getByText(sentence).waitFor()
      // Each at the start, the end or somewhere between; now and then where another one is.
      const offsets: number[] = []
      const people = 2 + Math.floor(random() * 2)
      for (let i = 0; i < people; i++) {
        const where = random()
        offsets.push(
          i > 0 && where < 0.3
            ? offsets[Math.floor(random() * i)]!
            : where < 0.5
              ? 0
              : where < 0.7
                ? sentence.length
                : Math.floor(random() * (sentence.length + 1)),
        )
      }
      const runs: Run[] = names.slice(0, people).map((name, writer) => [writer, `[${name} ${seed}]`, offsets[writer]!])
      const { problems } = await typeRuns(sentence, runs, random)
      expect(problems, `seed ${seed}: ${JSON.stringify(runs)}`).toEqual([])
    })
  }
})

describe('a short field two people type into at once', () => {
  it('shows who is in the field, and keeps the text of the one whose value was replaced, to take back', async () => {
    const [karin, erik] = [writers[0]!, writers[1]!]
    const field = (page: Page) => page.getByLabel('Dokumentägare')
    await field(karin).click()
    // Presence on the field itself, in the writer's colour and with their name.
    const marked = erik.locator('[data-editing-by]')
    await expect.poll(() => marked.getAttribute('data-editing-by')).toBe('Karin Lund skriver här')
    await expectAccessible(erik, 'a field another writer is in')

    await field(erik).click()
    await Promise.all([
      field(karin).pressSequentially('Karin Lund', { delay: 90 }),
      field(erik).pressSequentially('Erik Berg', { delay: 110 }),
    ])
    // While typing, each keeps seeing their own text (it does not mix key by key with the other's).
    expect(await field(karin).inputValue()).toBe('Karin Lund')
    expect(await field(erik).inputValue()).toBe('Erik Berg')
    await field(karin).blur()
    await field(erik).blur()
    // One whole value stands everywhere; whoever's text it replaced sees that text, to take back.
    await expect.poll(async () => (await field(karin).inputValue()) === (await field(erik).inputValue())).toBe(true)
    const standing = await field(karin).inputValue()
    expect(['Karin Lund', 'Erik Berg']).toContain(standing)
    const loser = standing === 'Karin Lund' ? erik : karin
    const lost = standing === 'Karin Lund' ? 'Erik Berg' : 'Karin Lund'
    const notice = loser.locator('.field__overwritten')
    await expect.poll(() => notice.textContent()).toContain(`”${lost}”`)
    await screenshot(loser, 'field-overwritten')
    await expectAccessible(loser, 'a field whose value someone else replaced')
    await loser.getByRole('button', { name: 'Använd det jag skrev' }).click()
    for (const page of [karin, erik]) await expect.poll(() => field(page).inputValue()).toBe(lost)
  })
})
