import { describe, expect, it } from 'vitest'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { checkDocument } from './checkDocument.js'

describe('checkDocument', () => {
  it('finds nothing wrong in a complete protocol, and what a plan leaves out', () => {
    expect(checkDocument(sampleProtocol)).toEqual([])
    expect(checkDocument(samplePlan).map((i) => i.code)).toEqual([
      'activityWithoutResponsible',
      'activityWithoutTimeFrame',
    ])
  })

  it('finds a decision without text, a numbering gap, a missing date and duplicate ids', () => {
    const body = JSON.parse(JSON.stringify(sampleProtocol)) as typeof sampleProtocol
    const header = body.content![0]!
    header.attrs = { ...header.attrs, date: '' }
    const item2 = body.content![2]!
    item2.content![1]!.content = [{ type: 'blockTitle' }, { type: 'paragraph' }]
    const item3 = body.content![3]!
    item3.attrs = { ...item3.attrs, number: 7 }
    const item4 = body.content![4]!
    item4.attrs = { ...item4.attrs, id: 'item-1' }
    const attendee = body.content![5]!.content![1]!
    attendee.attrs = { ...attendee.attrs, organisation: ' ' }
    const issues = checkDocument(body)
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'meetingWithoutDate', blockId: '' },
        { code: 'decisionWithoutText', blockId: 'dec-1', label: '' },
        { code: 'numberingGap', blockId: 'item-3', expected: 3, found: 7 },
        { code: 'duplicateBlockId', blockId: 'item-1', blockType: 'agendaItem' },
        { code: 'attendeeWithoutOrganisation', blockId: 'att-2', label: 'Olle Ek' },
      ]),
    )
  })

  it('reports attributes that do not validate', () => {
    const body = JSON.parse(JSON.stringify(samplePlan)) as typeof samplePlan
    const plan = body.content![0]!
    plan.attrs = { ...plan.attrs, periodFrom: 'nästa år' }
    expect(checkDocument(body)).toContainEqual(
      expect.objectContaining({ code: 'invalidAttributes', blockId: 'plan-1', blockType: 'groupPlan' }),
    )
  })
})
