import { afterEach, describe, expect, it } from 'vitest'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  compareActivities,
  compareDecisions,
  createDocumentId,
  extractRegisters,
  fragmentToJson,
  getBody,
  initializeDocumentMeta,
  matchesActivityQuery,
  matchesDecisionQuery,
  readDocumentMeta,
  type DocumentId,
  type DocumentType,
} from '@samskriv/shared'
import type { ActivityFilters, DecisionFilters } from '../api/RegistersApi'
import { LocalDatabase } from '../storage/LocalDatabase'
import { queryLocalActivities } from './queryLocalActivities'
import { queryLocalDecisions } from './queryLocalDecisions'
import { readLocalRegisters } from './readLocalRegisters'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

const text = (value: string): JSONContent[] => [{ type: 'text', text: value }]
const title = (value: string): JSONContent => ({ type: 'blockTitle', ...(value ? { content: text(value) } : {}) })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) })

function protocol(
  body: string,
  date: string,
  decisions: Array<{ id: string; title: string; text: string; kind: string; group?: string; persons?: string[] }>,
): JSONContent[] {
  return [
    { type: 'meetingHeader', attrs: { decidingBody: body, date } },
    ...decisions.map((d, i) => ({
      type: 'agendaItem',
      attrs: { id: `item-${d.id}`, kind: 'standard' },
      content: [
        title(`Punkt ${i + 1}`),
        {
          type: 'decision',
          attrs: { id: d.id, kind: d.kind, group: d.group ?? '', persons: d.persons ?? [] },
          content: [title(d.title), paragraph(d.text)],
        },
      ],
    })),
  ]
}

function plan(
  group: string,
  from: string,
  to: string,
  activities: Array<{ id: string; text: string; status: string; responsible: string; decisionId?: string }>,
): JSONContent[] {
  return [
    {
      type: 'groupPlan',
      attrs: { id: `plan-${group}`, group, periodFrom: from, periodTo: to },
      content: [
        title(`Handlingsplan ${group}`),
        {
          type: 'improvementArea',
          attrs: { id: `area-${group}` },
          content: [
            title('Samverkan kring utskrivning'),
            ...activities.map((a) => ({
              type: 'activity',
              attrs: { id: a.id, status: a.status, responsible: a.responsible, decisionId: a.decisionId ?? '' },
              content: [paragraph(a.text)],
            })),
          ],
        },
      ],
    },
  ]
}

async function store(
  db: LocalDatabase,
  type: DocumentType,
  docTitle: string,
  body: JSONContent[],
  { trashed = false, listedOnly = false } = {},
): Promise<DocumentId> {
  const id = createDocumentId()
  await db.documents.put({
    id,
    title: docTitle,
    type,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: trashed ? '2026-02-01T00:00:00.000Z' : null,
    pendingRegistration: false,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
  })
  if (listedOnly) return id
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type, title: docTitle })
  appendJsonToFragment(getBody(doc), body)
  await db.updates.add({ documentId: id, update: Y.encodeStateAsUpdate(doc) })
  return id
}

/** What the server would list for the same documents: the shared extraction, filter and order. */
async function expectedRegisters(db: LocalDatabase) {
  const decisions = []
  const activities = []
  for (const record of await db.documents.toArray()) {
    if (record.deletedAt !== null) continue
    const rows = await db.updates.where('documentId').equals(record.id).toArray()
    if (rows.length === 0) continue
    const doc = new Y.Doc()
    for (const row of rows) Y.applyUpdate(doc, row.update)
    const meta = readDocumentMeta(doc)
    if (meta === null) continue
    const registers = extractRegisters(record.id, meta, fragmentToJson(getBody(doc)))
    decisions.push(...registers.decisions)
    activities.push(...registers.activities)
  }
  return { decisions, activities }
}

async function setup() {
  const db = new LocalDatabase(`registers-${createDocumentId()}`)
  databases.push(db)
  await store(
    db,
    'protocol',
    'Protokoll LGL 2025-10-03',
    protocol('Länsgemensam ledning', '2025-10-03', [
      {
        id: 'b-ikb',
        title: 'Finansiering av IKB',
        text: 'Länsgemensam ledning beslutar att finansiera IKB under 2026.',
        kind: 'funding',
        group: 'Barn och unga',
      },
      {
        id: 'b-arkiv',
        title: 'Föregående protokoll',
        text: 'Protokollet läggs till handlingarna.',
        kind: 'fileMinutes',
      },
    ]),
  )
  await store(
    db,
    'protocol',
    'Protokoll LGL 2025-12-12',
    protocol('Länsgemensam ledning', '2025-12-12', [
      {
        id: 'b-ersatt',
        title: 'Ny representant',
        text: 'Karin Berg ersätter Olof Lind i gruppen.',
        kind: 'changeMember',
        group: 'Äldre',
        persons: ['Karin Berg', 'Olof Lind'],
      },
      {
        id: 'b-indikator',
        title: 'Indikator utskrivningsklara dagar',
        text: 'Indikatorn fastställs till 0,8 dagar för år 2026.',
        kind: 'setIndicator',
        group: 'Äldre',
      },
    ]),
  )
  await store(
    db,
    'protocol',
    'Protokoll presidiet 2025-11-14',
    protocol('Presidiet', '2025-11-14', [
      {
        id: 'b-plan',
        title: 'Årshjul 2026',
        text: 'Presidiet beslutar att godkänna årshjulet.',
        kind: 'approveDocument',
      },
    ]),
  )
  await store(
    db,
    'actionPlan',
    'Handlingsplaner 2025–2026',
    plan('Äldre', '2025', '2026', [
      {
        id: 'a-rutin',
        text: 'Ta fram rutin för in- och utskrivning',
        status: 'ongoing',
        responsible: 'Utvecklingsledare Äldre',
        decisionId: 'b-indikator',
      },
      {
        id: 'a-kartlagga',
        text: 'Kartlägga personer med komplexa behov',
        status: 'planned',
        responsible: 'Samordnande grupp Äldre',
      },
    ]),
  )
  await store(
    db,
    'actionPlan',
    'Handlingsplan Barn och unga 2026',
    plan('Barn och unga', '2026', '2026', [
      {
        id: 'a-ikb',
        text: 'Följa upp IKB-insatsens målgrupp',
        status: 'done',
        responsible: 'Processledare IKB',
        decisionId: 'b-ikb',
      },
    ]),
  )
  // In the trash, and listed but never opened on this device: neither is read.
  await store(
    db,
    'protocol',
    'Borttaget protokoll',
    protocol('Länsgemensam ledning', '2025-09-01', [
      { id: 'b-borta', title: 'Borttaget', text: 'Beslutet ligger i papperskorgen.', kind: 'other' },
    ]),
    { trashed: true },
  )
  await store(db, 'actionPlan', 'Aldrig öppnad', [], { listedOnly: true })
  return db
}

describe('offline registers', () => {
  it('reads every decision and activity of the documents on the device, not those in the trash', async () => {
    const db = await setup()
    const local = await readLocalRegisters(db)
    expect(local.documentsRead).toBe(5)
    expect(local.decisions.map((d) => d.id).sort()).toEqual(['b-arkiv', 'b-ersatt', 'b-ikb', 'b-indikator', 'b-plan'])
    expect(local.activities.map((a) => a.id).sort()).toEqual(['a-ikb', 'a-kartlagga', 'a-rutin'])
  })

  const decisionQueries: Array<[string, DecisionFilters]> = [
    ['no filters', {}],
    ['a deciding body, in other case', { body: 'länsgemensam ledning' }],
    ['a date range', { from: '2025-10-01', to: '2025-11-30' }],
    ['a group', { group: 'Äldre' }],
    ['a kind', { kind: 'changeMember' }],
    ['a person', { person: 'olof' }],
    ['free text', { q: 'IKB' }],
    ['several filters', { body: 'Länsgemensam ledning', group: 'Äldre', q: 'indikator' }],
  ]

  it.each(decisionQueries)('lists the same decisions as the shared predicates for %s', async (_name, filters) => {
    const db = await setup()
    const expected = (await expectedRegisters(db)).decisions
      .filter((d) => matchesDecisionQuery(d, filters))
      .sort(compareDecisions)
      .map((d) => ({ ...d, documentStatus: 'draft' }))
    const page = queryLocalDecisions(await readLocalRegisters(db), filters, { limit: 50, offset: 0 })
    expect(page.total).toBe(expected.length)
    expect(page.decisions.map(({ activities: _activities, ...entry }) => entry)).toEqual(expected)
  })

  it('lists the newest decisions first, pages them, and gives each its follow-up', async () => {
    const db = await setup()
    const local = await readLocalRegisters(db)
    const first = queryLocalDecisions(local, {}, { limit: 2, offset: 0 })
    const second = queryLocalDecisions(local, {}, { limit: 2, offset: 2 })
    expect(first.total).toBe(5)
    expect(first.decisions.map((d) => d.date)).toEqual(['2025-12-12', '2025-12-12'])
    expect([...first.decisions, ...second.decisions].map((d) => d.date)).toEqual([
      '2025-12-12',
      '2025-12-12',
      '2025-11-14',
      '2025-10-03',
    ])
    const indicator = first.decisions.find((d) => d.id === 'b-indikator')
    expect(indicator?.agendaItemNumber).toBe(2)
    expect(indicator?.activities).toEqual([
      expect.objectContaining({ id: 'a-rutin', status: 'ongoing', responsible: 'Utvecklingsledare Äldre' }),
    ])
    expect(first.decisions.find((d) => d.id === 'b-ersatt')?.activities).toEqual([])
  })

  const activityQueries: Array<[string, ActivityFilters]> = [
    ['no filters', {}],
    ['a group', { group: 'barn och unga' }],
    ['a plan period year', { period: '2025' }],
    ['a status', { status: 'planned' }],
    ['a responsible', { responsible: 'utvecklingsledare' }],
    ['free text', { q: 'komplexa' }],
    ['a linked decision', { decisionId: 'b-ikb' }],
  ]

  it.each(activityQueries)('lists the same activities as the shared predicates for %s', async (_name, filters) => {
    const db = await setup()
    const expected = (await expectedRegisters(db)).activities
      .filter((a) => matchesActivityQuery(a, filters))
      .sort(compareActivities)
      .map((a) => ({ ...a, documentStatus: 'draft', followUpState: null }))
    const page = queryLocalActivities(await readLocalRegisters(db), filters, { limit: 50, offset: 0 })
    expect(page.total).toBe(expected.length)
    expect(page.activities).toEqual(expected)
  })
})
