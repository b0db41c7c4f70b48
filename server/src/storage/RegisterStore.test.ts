import {
  compareActivities,
  compareDecisions,
  matchesActivityQuery,
  matchesDecisionQuery,
  type ActivityEntry,
  type ActivityQuery,
  type DecisionEntry,
  type DecisionQuery,
} from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import { newDocumentRecord, type Storage } from './Storage.js'

function decision(documentId: string, position: number, extra: Partial<DecisionEntry>): DecisionEntry {
  return {
    id: `${documentId}-d${position}`,
    documentId: documentId as DecisionEntry['documentId'],
    documentTitle: `Protokoll ${documentId}`,
    documentType: 'protocol',
    agendaItemId: '',
    agendaItemNumber: position + 1,
    agendaItemTitle: 'Beslutspunkter',
    title: 'Beslut',
    text: 'Länsgemensam ledning beslutar att godkänna planen.',
    kind: 'other',
    decidingBody: 'Länsgemensam ledning',
    date: '2026-05-30',
    group: '',
    persons: [],
    approvedDocument: null,
    memberChange: null,
    betweenMeetings: false,
    position,
    ...extra,
  }
}

function activity(documentId: string, position: number, extra: Partial<ActivityEntry>): ActivityEntry {
  return {
    id: `${documentId}-a${position}`,
    documentId: documentId as ActivityEntry['documentId'],
    documentTitle: `Plan ${documentId}`,
    planId: 'p',
    planTitle: 'Handlingsplan',
    group: 'Samordnande grupp Äldre',
    periodFrom: '2025',
    periodTo: '2026',
    areaKind: 'improvementArea',
    areaTitle: 'Utskrivning',
    description: 'Kartlägg flödet',
    status: 'planned',
    responsible: 'Utvecklingsledare',
    timeFrom: '',
    timeTo: '',
    perspectives: [],
    partnerGroups: [],
    followUp: '',
    decisionId: '',
    position,
    ...extra,
  }
}

const decisions = [
  decision('prot-a', 0, { date: '2026-05-30', kind: 'approveDocument', title: 'Handlingsplan Äldre' }),
  decision('prot-a', 1, {
    date: '2026-05-30',
    kind: 'changeMember',
    group: 'Samordnande grupp Äldre',
    persons: ['Åsa Öberg', 'Per Vik'],
  }),
  decision('prot-b', 0, {
    date: '2026-10-02',
    decidingBody: 'Presidiet',
    text: 'Presidiet beslutar om finansiering av lots.',
    kind: 'funding',
  }),
  decision('prot-b', 1, { date: '', title: 'Utan datum' }),
]
const activities = [
  activity('plan-a', 0, { decisionId: 'prot-a-d0', status: 'ongoing' }),
  activity('plan-a', 1, {
    group: 'Barn och unga',
    periodFrom: '2027',
    periodTo: '',
    responsible: 'Processledare',
    status: 'done',
  }),
  activity('plan-b', 0, { decisionId: 'prot-a-d0', description: 'Utbilda personal i ÅTGÄRDER' }),
]

const decisionQueries: Array<Partial<DecisionQuery>> = [
  {},
  { body: 'länsgemensam LEDNING' },
  { from: '2026-06-01' },
  { to: '2026-05-30' },
  { kind: 'funding' },
  { group: 'samordnande grupp äldre' },
  { person: 'åsa' },
  { q: 'LOTS' },
  { q: 'handlingsplan äldre' },
  { limit: 1, offset: 1 },
  { id: 'prot-b-d0' },
]
const activityQueries: Array<Partial<ActivityQuery>> = [
  {},
  { group: 'barn och unga' },
  { period: '2026' },
  { period: '2027' },
  { status: 'ongoing' },
  { responsible: 'process' },
  { decisionId: 'prot-a-d0' },
  { q: 'åtgärder' },
]

describe.each(storageKinds())('%s registers', (_name, create) => {
  async function seeded(): Promise<Storage> {
    const storage = await create()
    for (const id of ['prot-a', 'prot-b', 'plan-a', 'plan-b']) {
      await storage.catalog.insert(
        newDocumentRecord({
          id,
          type: id.startsWith('plan') ? 'actionPlan' : 'protocol',
          title: id,
          at: '2026-01-01T00:00:00.000Z',
        }),
      )
    }
    for (const id of ['prot-a', 'prot-b', 'plan-a', 'plan-b']) {
      await storage.registers.replaceDocument(
        id,
        {
          decisions: decisions.filter((d) => d.documentId === id),
          activities: activities.filter((a) => a.documentId === id),
        },
        1,
      )
    }
    return storage
  }

  it.each(decisionQueries)('filters decisions like the shared predicate: %j', async (partial) => {
    const storage = await seeded()
    const query = { limit: 50, offset: 0, ...partial }
    const expected = decisions
      .filter((d) => matchesDecisionQuery(d, query))
      .sort(compareDecisions)
      .map((d) => ({ ...d, documentStatus: 'draft' }))
    const page = await storage.registers.queryDecisions(query, 'all')
    expect(page.total).toBe(expected.length)
    expect(page.entries).toEqual(expected.slice(query.offset, query.offset + query.limit))
    await storage.close()
  })

  it.each(activityQueries)('filters activities like the shared predicate: %j', async (partial) => {
    const storage = await seeded()
    const query = { limit: 50, offset: 0, ...partial }
    const expected = activities
      .filter((a) => matchesActivityQuery(a, query))
      .sort(compareActivities)
      .map((a) => ({ ...a, documentStatus: 'draft' }))
    expect(await storage.registers.queryActivities(query, 'all')).toEqual({ entries: expected, total: expected.length })
    await storage.close()
  })

  it('replaces a document’s rows, finds linked activities and leaves out the trash', async () => {
    const storage = await seeded()
    expect((await storage.registers.activitiesForDecisions(['prot-a-d0'], 'all')).map((a) => a.id)).toEqual([
      'plan-a-a0',
      'plan-b-a0',
    ])
    await storage.registers.replaceDocument('plan-b', { decisions: [], activities: [] }, 2)
    expect((await storage.registers.activitiesForDecisions(['prot-a-d0'], 'all')).map((a) => a.id)).toEqual([
      'plan-a-a0',
    ])
    await storage.catalog.update('prot-b', { deletedAt: '2026-11-01T00:00:00.000Z' })
    expect((await storage.registers.queryDecisions({ limit: 50, offset: 0 }, 'all')).total).toBe(2)
    await storage.close()
  })

  it('keeps an approved protocol’s decisions when it is trashed, marked as trashed', async () => {
    const storage = await seeded()
    const listed = async () => (await storage.registers.queryDecisions({ limit: 50, offset: 0 }, 'all')).entries
    const ofB = (await listed()).filter((d) => d.documentId === 'prot-b')
    expect(ofB.length).toBeGreaterThan(0)
    await storage.catalog.update('prot-b', { deletedAt: '2026-11-01T00:00:00.000Z', approvedVersion: 1 })
    const kept = (await listed()).filter((d) => d.documentId === 'prot-b')
    expect(kept).toEqual(ofB.map((d) => ({ ...d, documentTrashed: true })))
    expect(
      (await listed()).filter((d) => d.documentId !== 'prot-b').every((d) => d.documentTrashed === undefined),
    ).toBe(true)
    await storage.close()
  })

  it('knows which documents are behind their stored updates', async () => {
    const storage = await create()
    await storage.updates.append('doc-1', [new Uint8Array([0, 0])])
    await storage.updates.append('doc-2', [new Uint8Array([0, 0])])
    await storage.updates.append('doc-2/annotations', [new Uint8Array([0, 0])])
    await storage.registers.replaceDocument('doc-2', { decisions: [], activities: [] }, 1)
    expect(await storage.registers.staleDocuments()).toEqual(['doc-1'])
    await storage.updates.append('doc-2', [new Uint8Array([0, 0])])
    expect((await storage.registers.staleDocuments()).sort()).toEqual(['doc-1', 'doc-2'])
    await storage.close()
  })

  it('never lets an older projection replace a newer one (another process got there first)', async () => {
    const storage = await seeded()
    await storage.registers.replaceDocument('plan-a', { decisions: [], activities: [] }, 5)
    await storage.registers.replaceDocument('plan-a', { decisions: [], activities: activities.slice(0, 1) }, 4)
    expect((await storage.registers.queryActivities({ limit: 50, offset: 0, q: 'kartlägg' }, 'all')).total).toBe(0)
    await storage.registers.replaceDocument('plan-a', { decisions: [], activities: activities.slice(0, 1) }, 6)
    expect((await storage.registers.queryActivities({ limit: 50, offset: 0, q: 'kartlägg' }, 'all')).total).toBe(1)
    await storage.close()
  })
})
