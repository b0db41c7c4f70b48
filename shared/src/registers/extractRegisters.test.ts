import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { parseDocumentId } from '../documentId.js'
import { getBody, initializeDocumentMeta, readDocumentMeta } from '../documentLayout.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import { DOCUMENT_TEMPLATES } from '../templates/documentTemplates.js'
import { extractRegisters } from './extractRegisters.js'

/** A stored Yjs state holding a body, read back as the server reads it. */
function fromYjsState(body: typeof sampleProtocol, type: 'protocol' | 'actionPlan', title: string) {
  const writer = new Y.Doc()
  initializeDocumentMeta(writer, { type, title })
  appendJsonToFragment(getBody(writer), body.content ?? [])
  const reader = new Y.Doc()
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
  return extractRegisters(parseDocumentId('doc-1')!, readDocumentMeta(reader)!, fragmentToJson(getBody(reader)))
}

describe('extractRegisters', () => {
  it('lists every decision of a protocol with the meeting’s body and date filled in', () => {
    const { decisions, activities } = fromYjsState(sampleProtocol, 'protocol', 'LGL 2026-11-20')
    expect(activities).toEqual([])
    expect(decisions.map((d) => d.id)).toEqual(['dec-1', 'dec-2', 'dec-3'])
    expect(decisions[0]).toMatchObject({
      title: 'Föregående mötesprotokoll',
      agendaItemNumber: 2,
      kind: 'fileMinutes',
      decidingBody: 'Länsgemensam ledning',
      date: '2026-11-20',
      text: 'Protokollet läggs till handlingarna.',
      documentTitle: 'LGL 2026-11-20',
    })
    expect(decisions[1]).toMatchObject({
      title: 'Indikator för vårddagar',
      agendaItemNumber: 3,
      group: 'Samordnande grupp Äldre',
    })
    expect(decisions[2]).toMatchObject({
      kind: 'changeMember',
      date: '2026-10-02',
      betweenMeetings: true,
      persons: ['Sara Holm', 'Per Vik'],
    })
  })

  it('lists every activity of a plan with its group, period and area', () => {
    const { activities } = fromYjsState(samplePlan, 'actionPlan', 'Handlingsplaner 2026–2027')
    expect(activities).toEqual([
      expect.objectContaining({
        id: 'act-1',
        planTitle: 'Handlingsplan Äldre',
        group: 'Samordnande grupp Äldre',
        periodFrom: '2026',
        periodTo: '2027',
        areaKind: 'improvementArea',
        areaTitle: 'Samordnad utskrivning',
        description: 'Kartlägg utskrivningsprocessen.',
        status: 'ongoing',
        decisionId: 'dec-2',
        perspectives: ['publicHealth'],
      }),
      expect.objectContaining({
        id: 'act-2',
        areaKind: 'ongoingWork',
        areaTitle: 'Lokal samverkan',
        status: 'planned',
      }),
    ])
  })

  it('falls back to defaults for attributes a newer or broken client wrote', () => {
    const body = JSON.parse(JSON.stringify(samplePlan)) as typeof samplePlan
    const activity = body.content![0]!.content![2]!.content![2]!
    activity.attrs = { ...activity.attrs, status: 'paused', responsible: 42 }
    const { activities } = fromYjsState(body, 'actionPlan', 'Plan')
    expect(activities[0]).toMatchObject({ id: 'act-1', status: 'planned', responsible: '', timeTo: '2026-10-31' })
  })

  it('leaves out the empty decisions and activities a template or an insert leaves', () => {
    const protocol = fromYjsState({ type: 'doc', content: DOCUMENT_TEMPLATES.protocol() }, 'protocol', 'Nytt protokoll')
    // The template's "protocol filed" decision has text; its empty decision under Beslutspunkter does not.
    expect(protocol.decisions.map((d) => d.kind)).toEqual(['fileMinutes'])
    const plan = fromYjsState({ type: 'doc', content: DOCUMENT_TEMPLATES.actionPlan() }, 'actionPlan', 'Ny plan')
    expect(plan.activities).toEqual([])

    // Anything written makes it real: a title, a responsible person, a member change.
    const body = JSON.parse(JSON.stringify(samplePlan)) as typeof samplePlan
    const written = fromYjsState(body, 'actionPlan', 'Plan')
    expect(written.activities.length).toBeGreaterThan(0)
    const emptyDecision = { type: 'decision', attrs: { id: 'dec-x' }, content: [{ type: 'blockTitle' }] }
    const named = {
      type: 'decision',
      attrs: {
        id: 'dec-y',
        kind: 'changeMember',
        memberChange: { incoming: { name: 'Eva Berg' }, outgoing: { name: '' }, group: '' },
      },
      content: [{ type: 'blockTitle' }],
    }
    const item = {
      type: 'agendaItem',
      attrs: { id: 'item-x' },
      content: [{ type: 'blockTitle' }, emptyDecision, named],
    }
    const withChange = fromYjsState({ type: 'doc', content: [item] }, 'protocol', 'P')
    expect(withChange.decisions.map((d) => d.id)).toEqual(['dec-y'])
  })
})
