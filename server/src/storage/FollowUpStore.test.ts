import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { FollowUpRecord } from './FollowUpStore.js'
import { newDocumentRecord, type Storage } from './Storage.js'

const entry = (id: string, writtenAt: string, extra: Partial<FollowUpRecord> = {}): FollowUpRecord => ({
  id,
  documentId: 'plan',
  activityId: 'a1',
  version: 1,
  status: null,
  comment: '',
  doneDate: null,
  writtenAt,
  recordedAt: '2026-04-01T10:00:00.000Z',
  author: { id: 'u1', name: 'Eva Lind' },
  ...extra,
})

describe.each(storageKinds())('%s follow-up store', (_name, create: () => Promise<Storage>) => {
  it('keeps each entry once, lists a plan’s entries in the order they were written', async () => {
    const storage = await create()
    const late = entry('e-late', '2026-03-02T08:00:00.000Z', { status: 'done', doneDate: '2026-03-01' })
    const early = entry('e-early', '2026-02-01T08:00:00.000Z', { status: 'ongoing', comment: 'Möte hållet' })
    expect(await storage.followUps.record(late)).toBe(true)
    expect(await storage.followUps.record(early)).toBe(true)
    expect(await storage.followUps.record({ ...early, comment: 'ändrad' })).toBe(false)
    expect(await storage.followUps.record(entry('other', '2026-01-01T00:00:00.000Z', { documentId: 'x' }))).toBe(true)
    expect(await storage.followUps.list('plan')).toEqual([early, late])
    expect(await storage.followUps.get('e-early')).toEqual(early)
    expect(await storage.followUps.get('none')).toBeNull()
    await storage.close()
  })

  it('lets an activity’s follow-up status count before the plan’s in the overview', async () => {
    const storage = await create()
    await storage.catalog.insert(
      newDocumentRecord({ id: 'plan', type: 'actionPlan', title: 'Plan', at: '2026-01-01T00:00:00.000Z' }),
    )
    const activity = (id: string, position: number) => ({
      id,
      documentId: 'plan' as never,
      documentTitle: 'Plan',
      planId: '',
      planTitle: '',
      group: '',
      periodFrom: '2026',
      periodTo: '2026',
      areaKind: 'none' as const,
      areaTitle: '',
      description: id,
      status: 'planned' as const,
      responsible: '',
      timeFrom: '',
      timeTo: '',
      perspectives: [],
      partnerGroups: [],
      followUp: '',
      decisionId: 'd1',
      position,
    })
    await storage.registers.replaceDocument(
      'plan',
      { decisions: [], activities: [activity('a1', 0), activity('a2', 1)] },
      1,
    )
    const state = {
      status: 'done' as const,
      doneDate: '2026-03-01',
      comment: 'Klart',
      writtenAt: '2026-03-02T08:00:00.000Z',
      authorName: 'Eva Lind',
      entries: 2,
    }
    await storage.registers.setFollowUp('plan', 'a1', state)
    const query = { limit: 50, offset: 0 }
    const done = await storage.registers.queryActivities({ ...query, status: 'done' }, 'all')
    expect(done.entries.map((a) => [a.id, a.followUpState])).toEqual([['a1', state]])
    const planned = await storage.registers.queryActivities({ ...query, status: 'planned' }, 'all')
    expect(planned.entries.map((a) => a.id)).toEqual(['a2'])
    expect((await storage.registers.activitiesForDecisions(['d1'], 'all')).map((a) => a.followUpState ?? null)).toEqual(
      [state, null],
    )
    // A newer projection of the plan keeps the follow-up (it is not part of the text).
    await storage.registers.replaceDocument('plan', { decisions: [], activities: [activity('a1', 0)] }, 2)
    expect((await storage.registers.queryActivities(query, 'all')).entries[0]!.followUpState).toEqual(state)
    await storage.close()
  })
})
