import { getBody, type ActivityListResponse } from '@samskriv/shared'
import readXlsxFile from 'read-excel-file/node'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { account } from './accounts.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
afterEach(async () => {
  await fixture?.close()
  fixture = null
})

/** Every element of a type in a document's body, in document order. */
function elements(doc: Y.Doc, name: string): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === name) found.push(child)
      walk(child)
    }
  }
  walk(getBody(doc))
  return found
}

/** Semicolon-separated CSV as rows of cells (quoted fields may hold semicolons, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ';') {
      row.push(cell)
      cell = ''
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else {
      cell += c
    }
  }
  return rows
}

/**
 * A group's protocol with a decision (whose text starts like a spreadsheet formula) and its plan
 * with two activities, the first following up the decision; the plan approved and its first
 * activity followed up as done.
 */
async function registersWithFollowUp() {
  fixture = await teamWithPlan()
  const { plan, members, connect, create, server } = fixture
  const protocol = await create('Protokoll LGL 2026-11-20', 'protocol')
  const minutes = await connect('Eva', protocol)
  await waitFor(() => minutes.provider.synced && elements(minutes.doc, 'decision').length > 1, 'protocol synced')
  const header = elements(minutes.doc, 'meetingHeader')[0]!
  header.setAttribute('decidingBody', 'Länsgemensam ledning')
  header.setAttribute('date', '2026-11-20')
  const decision = elements(minutes.doc, 'decision')[1]!
  decision.setAttribute('kind', 'setIndicator')
  const paragraph = decision.toArray()[1] as Y.XmlElement
  paragraph.insert(0, [new Y.XmlText('=HYPERLINK("https://exempel.se"; "fastställa indikatorn")')])

  const editor = await connect('Eva')
  await waitFor(() => editor.provider.synced && elements(editor.doc, 'activity').length > 1, 'plan synced')
  const [first, second] = elements(editor.doc, 'activity')
  first!.setAttribute('decisionId', decision.getAttribute('id') as string)
  first!.setAttribute('responsible', 'Utvecklingsledare Äldre')
  first!.setAttribute('status', 'ongoing')
  second!.setAttribute('responsible', 'Annan Person')
  await waitFor(async () => {
    const listed = (await members.Rut!.api('GET', '/api/activities?responsible=utvecklingsledare'))
      .body as ActivityListResponse
    return listed.total === 1 && listed.activities[0]!.decisionId !== ''
  }, 'registers updated')
  expect((await members.Kim!.api('POST', `/api/documents/${plan}/approve`, { onBehalfOf: 'LGL' })).status).toBe(201)
  const followUp = {
    id: 'fu-export-1',
    activityId: first!.getAttribute('id') as string,
    status: 'done',
    doneDate: '2026-03-20',
    comment: 'Nätverket startat; "Äldre" först',
    writtenAt: '2026-03-21T08:00:00.000Z',
  }
  expect((await members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, followUp)).status).toBe(201)
  return { ...fixture, server }
}

async function download(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie } })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('register exports', () => {
  it('export the activity overview as CSV and XLSX with the filters applied, status by follow-up', async () => {
    const { server, members } = await registersWithFollowUp()
    const cookie = members.Rut!.cookie
    const csv = await download(`${server.httpUrl}/api/activities/export.csv?status=done`, cookie)
    expect(csv.response.status).toBe(200)
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.response.headers.get('content-disposition')).toMatch(/^attachment; filename="aktivitetsoversikt-\d{4}/)
    const text = csv.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(text.slice(1))
    expect(rows[0]).toEqual([
      'Handlingsplan',
      'Grupp',
      'Planperiod',
      'Område',
      'Aktivitet',
      'Status',
      'Ansvarig',
      'Tidsram',
      'Genomförd',
      'Senaste uppföljning',
    ])
    // Only the activity whose follow-up made it done (the plan says ongoing).
    expect(rows).toHaveLength(2)
    expect(rows[1]![0]).toBe('Handlingsplan')
    expect(rows[1]!.slice(5, 7)).toEqual(['Genomförd', 'Utvecklingsledare Äldre'])
    expect(rows[1]![8]).toBe('2026-03-20')
    expect(rows[1]![9]).toBe('2026-03-21 · Eva · Nätverket startat; "Äldre" först')

    const xlsx = await download(`${server.httpUrl}/api/activities/export.xlsx?responsible=annan`, cookie)
    expect(xlsx.response.status).toBe(200)
    const [sheet] = await readXlsxFile(xlsx.bytes)
    expect(sheet!.sheet).toBe('Aktivitetsöversikt')
    expect(sheet!.data).toHaveLength(2)
    expect(sheet!.data[1]!.slice(5, 7)).toEqual(['Planerad', 'Annan Person'])
  })

  it('export the decision register with each decision’s follow-up, formulas defused', async () => {
    const { server, members } = await registersWithFollowUp()
    const csv = await download(`${server.httpUrl}/api/decisions/export.csv?kind=setIndicator`, members.Rut!.cookie)
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1))
    expect(rows).toHaveLength(2)
    const [date, body, , protocol, , , text, kind, , followUp] = rows[1]!
    expect([date, body, protocol, kind]).toEqual([
      '2026-11-20',
      'Länsgemensam ledning',
      'Protokoll LGL 2026-11-20',
      'Fastställande av indikator',
    ])
    // A spreadsheet opening the file shows the text; it never runs it as a formula.
    expect(text).toBe(`'=HYPERLINK("https://exempel.se"; "fastställa indikatorn")`)
    expect(followUp).toContain('(Utvecklingsledare Äldre, Genomförd)')

    const xlsx = await download(`${server.httpUrl}/api/decisions/export.xlsx`, members.Rut!.cookie)
    const [sheet] = await readXlsxFile(xlsx.bytes)
    const total = (await members.Rut!.api('GET', '/api/decisions')).body.total as number
    expect(total).toBeGreaterThan(1)
    expect(sheet!.data).toHaveLength(total + 1)
  })

  it('exports only what the person may read, and refuses bad filters', async () => {
    const { server } = await registersWithFollowUp()
    const outsider = await account(server, 'Utomstående')
    for (const path of ['/api/decisions/export.csv', '/api/activities/export.csv']) {
      const csv = await download(`${server.httpUrl}${path}`, outsider.cookie)
      expect(csv.response.status).toBe(200)
      expect(parseCsv(csv.bytes.toString('utf8').slice(1))).toHaveLength(1)
    }
    expect((await fetch(`${server.httpUrl}/api/activities/export.csv`)).status).toBe(401)
    const bad = await download(`${server.httpUrl}/api/activities/export.xlsx?status=paused`, outsider.cookie)
    expect(bad.response.status).toBe(400)
  })
})
