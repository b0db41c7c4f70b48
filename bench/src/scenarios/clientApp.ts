import fs from 'node:fs'
import { benchSizes } from '../benchSizes.js'
import { firstPage, installApp, openSynced } from '../browser/appPage.js'
import { launchChromium, launchProfile, newContext } from '../browser/chromium.js'
import { coldOpen, type ColdOpenTiming, type OpenVia } from '../browser/coldOpen.js'
import { recordInitialScripts, type LoadedScript } from '../browser/initialJavaScript.js'
import { keystrokeLatency } from '../browser/keystrokeLatency.js'
import { buildDocument } from '../docs/buildDocument.js'
import { EditWriter } from '../docs/EditWriter.js'
import { createDocument } from '../measure/createDocument.js'
import { median, summarize, type Summary } from '../measure/summarize.js'
import { temporaryDirectory } from '../measure/temporaryDirectory.js'
import { launchRelay } from '../relays/launchRelay.js'
import type { RunningRelay } from '../relays/RelayKind.js'
import { RELAYS } from '../relays/relayKinds.js'
import { kib, ms } from '../report/formatNumber.js'
import type { Scope } from '../Scope.js'
import type { Scenario, ScenarioContext } from './Scenario.js'

interface ClientFigures {
  readonly edits: number
  readonly encodedBytes: number
  readonly textLength: number
  /** Cold opens by typing the document's address into a browser just launched. */
  readonly addressOpens: ColdOpenTiming[]
  /** Cold opens by clicking the document in the list of an app just started. */
  readonly listOpens: ColdOpenTiming[]
  readonly keystrokeMs: Summary
  readonly scripts: LoadedScript[]
}

const samskriv = RELAYS.find((relay) => relay.id === 'samskriv')
const TITLE = 'Benchdokument'
const MARKER = 'Sista stycket i benchdokumentet'

/** Writes the big document into a new document of the app, ending with the marker paragraph. */
async function writeBigDocument(scope: Scope, relay: RunningRelay, edits: number) {
  const id = await createDocument(relay, TITLE)
  const built = await buildDocument(scope, relay, id, edits)
  new EditWriter(built.writer.doc).appendParagraph(MARKER)
  await built.writer.durable?.()
  built.writer.close()
  return { id, encodedBytes: built.encodedBytes, textLength: built.textLength }
}

/**
 * Installs the app in a browser profile (its first visit records the initial JavaScript), opens
 * the document once online so the device stores it, then relaunches the browser for each cold open.
 */
async function measureOpen(scope: Scope, context: ScenarioContext, relay: RunningRelay, id: string, count: number) {
  const baseUrl = `http://127.0.0.1:${relay.port}`
  const profileDir = temporaryDirectory(scope, 'chromium-profile')
  let scripts: LoadedScript[]
  {
    const browser = await launchProfile(profileDir, baseUrl)
    try {
      const page = await firstPage(browser)
      scripts = await recordInitialScripts(page, baseUrl, () =>
        page.goto('/', { waitUntil: 'networkidle' }).then(() => {}),
      )
      await installApp(page, 'Bench Mätare')
      context.log('client: storing the document on the device')
      await openSynced(page, id)
      // Let the device finish writing what it received to IndexedDB.
      await page.waitForTimeout(2000)
    } finally {
      await browser.close()
    }
  }
  const opens = async (via: OpenVia) => {
    const timings: ColdOpenTiming[] = []
    for (let i = 0; i < count; i++) {
      scope.check()
      const browser = await launchProfile(profileDir, baseUrl)
      try {
        timings.push(await coldOpen(browser, id, TITLE, MARKER, via))
      } finally {
        await browser.close()
      }
    }
    return timings
  }
  context.log('client: cold opens')
  const addressOpens = await opens('address')
  const listOpens = await opens('list')
  return { scripts, addressOpens, listOpens }
}

/** Two people in their own browser contexts on a fresh document; one types, the other sees it. */
async function measureKeystrokes(scope: Scope, relay: RunningRelay, keystrokes: number): Promise<number[]> {
  const baseUrl = `http://127.0.0.1:${relay.port}`
  const id = await createDocument(relay, 'Tangenttryck')
  const browser = scope.add(await launchChromium(), (b) => b.close())
  const pages = []
  for (const name of ['Anna Skrivare', 'Bo Läsare']) {
    const browserContext = await newContext(browser, baseUrl)
    const page = await browserContext.newPage()
    await installApp(page, name)
    await openSynced(page, id)
    pages.push(page)
  }
  const [writer, reader] = pages
  if (!writer || !reader) throw new Error('two pages expected')
  return keystrokeLatency(writer, reader, keystrokes)
}

async function measure(context: ScenarioContext): Promise<ClientFigures> {
  if (!samskriv) throw new Error('our relay is not configured')
  const sizes = benchSizes(context.quick).client
  const scope = context.scope
  const relay = await launchRelay(scope, samskriv)
  context.log(`client: writing a document of ${sizes.edits} edits`)
  const document = await writeBigDocument(scope, relay, sizes.edits)
  const { scripts, addressOpens, listOpens } = await measureOpen(scope, context, relay, document.id, sizes.coldOpens)
  context.log('client: keystroke to remote paint')
  const latencies = await measureKeystrokes(scope, relay, sizes.keystrokes)
  return {
    edits: sizes.edits,
    encodedBytes: document.encodedBytes,
    textLength: document.textLength,
    addressOpens,
    listOpens,
    keystrokeMs: summarize(latencies.filter(Number.isFinite)),
    scripts,
  }
}

/** Whether Chromium is where the bench looks for it. */
function chromiumMissing(): string | null {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return fs.existsSync(executable) ? null : `${executable} not found (set CHROMIUM_PATH)`
}

export const clientApp: Scenario = {
  name: 'client',
  title: 'Client in Chromium: cold open from IndexedDB, keystroke to remote paint, initial JavaScript',
  timeoutMs: (quick) => (quick ? 90_000 : 600_000),
  async run(context, output) {
    const missing = chromiumMissing()
    if (missing) throw new Error(missing)
    const f = await measure(context)
    output.figures.client = f
    const gzip = f.scripts.reduce((sum, s) => sum + s.gzipBytes, 0)
    const raw = f.scripts.reduce((sum, s) => sum + s.bytes, 0)
    const openRows = (label: string, opens: readonly ColdOpenTiming[]) => {
      const row = (what: string, pick: (o: ColdOpenTiming) => number | null) => {
        const values = opens.map(pick).filter((v): v is number => v !== null)
        return [`${label}: ${what} (ms)`, ms(median(values)), '', values.map((v) => v.toFixed(0)).join(' ')]
      }
      return [
        row('device copy read', (o) => o.localCopyLoadedMs),
        row('editable', (o) => o.editableMs),
        row('painted', (o) => o.paintedMs),
      ]
    }
    output.tables.push({
      title:
        `Client (Chromium): document of ${f.edits} edits (${kib(f.textLength)} KiB text, ` +
        `${kib(f.encodedBytes)} KiB encoded); cold opens offline, each in a browser just launched`,
      columns: ['measure', 'median', 'p95', 'runs'],
      rows: [
        ...openRows('address → editor', f.addressOpens),
        ...openRows('list click → editor', f.listOpens),
        ['keystroke → remote paint (ms)', ms(f.keystrokeMs.p50), ms(f.keystrokeMs.p95), `${f.keystrokeMs.count} keys`],
        ['initial JavaScript, gzip (KiB)', kib(gzip), '', `${f.scripts.length} files, ${kib(raw)} KiB raw`],
      ],
    })
    const fromList = median(f.listOpens.map((o) => o.paintedMs))
    const fromAddress = median(f.addressOpens.map((o) => o.paintedMs))
    output.targets.push({
      target: 'client: cold open of a 1 MB document from IndexedDB to an editable editor < 150 ms',
      measured:
        `${ms(fromList)} ms from a click in the document list to the first paint of the editable document ` +
        `(${ms(fromAddress)} ms from typing its address into a browser just launched, app boot included)`,
      met: fromList < 150,
    })
    output.targets.push({
      target: 'client: gzipped initial JavaScript ≤ 300 KB',
      measured: `${kib(gzip)} KiB (${f.scripts.map((s) => `${s.path} ${kib(s.gzipBytes)}`).join(', ')})`,
      met: gzip <= 300 * 1000,
    })
    output.targets.push({
      target: 'client: keystroke to remote paint (no target set; reported)',
      measured: `p50 ${ms(f.keystrokeMs.p50)} ms, p95 ${ms(f.keystrokeMs.p95)} ms, max ${ms(f.keystrokeMs.max)} ms`,
      met: null,
    })
  },
}
