import { getBody, type ActivityListResponse, type FollowUpEntry, type VersionSummary } from '@samskriv/shared'
import readXlsxFile from 'read-excel-file/node'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { pdfText } from './pdfText.js'
import { storedBytes } from './relayClient.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
afterEach(async () => {
  await fixture?.close()
  fixture = null
})

function activities(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === 'activity') found.push(child)
      walk(child)
    }
  }
  walk(getBody(doc))
  return found
}

/** A plan whose first activity has a responsible and a time frame, approved by the coordinator. */
async function approvedPlan() {
  fixture = await teamWithPlan()
  const { plan, members, connect, server } = fixture
  const editor = await connect('Eva')
  await waitFor(() => editor.provider.synced && activities(editor.doc).length > 0, 'plan synced')
  const activity = activities(editor.doc)[0]!
  activity.setAttribute('responsible', 'Utvecklingsledare Äldre')
  activity.setAttribute('timeTo', '2026-06-30')
  const activityId = activity.getAttribute('id') as string
  await waitFor(async () => (await server.storage.updates.load(plan)).updates.length > 1, 'stored')
  const approved = await members.Kim!.api('POST', `/api/documents/${plan}/approve`, {
    onBehalfOf: 'Länsgemensam ledning',
  })
  expect(approved.status).toBe(201)
  return { ...fixture, activityId, version: approved.body as VersionSummary }
}

const followUp = (activityId: string, extra: Record<string, unknown> = {}) => ({
  id: `fu-${Math.random().toString(36).slice(2, 12)}`,
  activityId,
  writtenAt: '2026-03-02T09:00:00.000Z',
  ...extra,
})

describe('follow-up of an approved plan', () => {
  it('records status, dated comment and date done apart from the version, whose hash stays the same', async () => {
    const { plan, members, server, activityId, version } = await approvedPlan()
    const storedBefore = storedBytes((await server.storage.updates.load(plan)).updates)
    const first = followUp(activityId, { status: 'ongoing', comment: 'Första nätverksträffen hölls.' })
    const answered = await members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, first)
    expect(answered.status).toBe(201)
    const entry = answered.body.entry as FollowUpEntry
    expect(entry).toMatchObject({
      id: first.id,
      activityId,
      version: 1,
      status: 'ongoing',
      comment: 'Första nätverksträffen hölls.',
      doneDate: null,
      writtenAt: first.writtenAt,
      author: { id: members.Eva!.id, name: 'Eva' },
    })
    // A device sending the same entry again gets the stored one back, once.
    const again = await members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, first)
    expect(again).toEqual({ status: 200, body: { entry } })
    const done = followUp(activityId, { status: 'done', doneDate: '2026-03-20', writtenAt: '2026-03-21T08:00:00.000Z' })
    expect((await members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, done)).status).toBe(201)

    const log = await members.Rut!.api('GET', `/api/documents/${plan}/follow-up`)
    expect((log.body.entries as FollowUpEntry[]).map((e) => e.id)).toEqual([first.id, done.id])

    // The approved version, its hash and the stored document are exactly as they were.
    const versions = (await members.Rut!.api('GET', `/api/documents/${plan}/versions`)).body
      .versions as VersionSummary[]
    expect(versions).toEqual([version])
    expect(storedBytes((await server.storage.updates.load(plan)).updates)).toBe(storedBefore)
    expect((await server.storage.catalog.get(plan))?.status).toBe('approved')

    // The overview lists the activity by its follow-up status.
    await waitFor(async () => {
      const page = (await members.Rut!.api('GET', '/api/activities?status=done')).body as ActivityListResponse
      return page.activities.some((a) => a.id === activityId)
    }, 'overview shows the follow-up')
    const listed = ((await members.Rut!.api('GET', '/api/activities?status=done')).body as ActivityListResponse)
      .activities[0]!
    expect(listed).toMatchObject({
      status: 'planned',
      followUpState: { status: 'done', doneDate: '2026-03-20', comment: 'Första nätverksträffen hölls.', entries: 2 },
    })
    expect(
      ((await members.Rut!.api('GET', '/api/activities?status=planned')).body as ActivityListResponse).activities.map(
        (a) => a.id,
      ),
    ).not.toContain(activityId)
  })

  it('is refused to readers and commenters, for unknown activities and for plans never approved', async () => {
    const { plan, members, server, activityId, create } = await approvedPlan()
    for (const who of ['Rut', 'Cia'] as const) {
      const refused = await members[who]!.api(
        'POST',
        `/api/documents/${plan}/follow-up`,
        followUp(activityId, { comment: 'x' }),
      )
      expect(refused.status).toBe(403)
    }
    const unknown = await members.Eva!.api(
      'POST',
      `/api/documents/${plan}/follow-up`,
      followUp('nope', { comment: 'x' }),
    )
    expect(unknown.status).toBe(400)
    const empty = await members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, followUp(activityId))
    expect(empty.status).toBe(400)
    const draft = await create('Utkast till plan', 'actionPlan')
    const notApproved = await members.Eva!.api(
      'POST',
      `/api/documents/${draft}/follow-up`,
      followUp(activityId, { comment: 'x' }),
    )
    expect(notApproved.status).toBe(409)
    expect(await server.storage.followUps.list(plan)).toEqual([])
  })

  it('reports a period as PDF and spreadsheet: status at the end, what was written within it', async () => {
    const { plan, members, activityId } = await approvedPlan()
    const post = (extra: Record<string, unknown>) =>
      members.Eva!.api('POST', `/api/documents/${plan}/follow-up`, followUp(activityId, extra))
    await post({ status: 'ongoing', comment: 'Kartläggning påbörjad.', writtenAt: '2026-02-10T09:00:00.000Z' })
    await post({ comment: 'Enkät skickad till kommunerna.', writtenAt: '2026-03-15T09:00:00.000Z' })
    await post({ status: 'done', doneDate: '2026-04-20', writtenAt: '2026-04-21T09:00:00.000Z' })

    const url = `${fixture!.server.httpUrl}/api/documents/${plan}/follow-up/report`
    const headers = { cookie: members.Rut!.cookie }
    const xlsx = await fetch(`${url}.xlsx?from=2026-03-01&to=2026-03-31`, { headers })
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toMatch(/attachment; filename="uppfoljning-Handlingsplan\.xlsx"/)
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()))
    const rows = sheet!.data
    expect(rows[0]).toContain('Status 2026-03-31')
    const row = rows.find((r) => r.includes('Utvecklingsledare Äldre'))!
    // At the end of March it was ongoing; only March's comment is in March's report.
    expect(row).toContain('Pågående')
    expect(row.join('\n')).toContain('2026-03-15 Eva: Enkät skickad till kommunerna.')
    expect(row.join('\n')).not.toContain('Kartläggning påbörjad.')

    const pdf = await fetch(`${url}.pdf?from=2026-04-01&to=2026-04-30`, { headers })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('Uppföljning: Handlingsplan')
    expect(text).toContain('Genomförd 2026-04-20')
    expect(text).toContain('2026-04-01 – 2026-04-30')

    const badPeriod = await fetch(`${url}.pdf?from=mars`, { headers })
    expect(badPeriod.status).toBe(400)
  })
})
