import { describe, expect, it } from 'vitest'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { agendaItem, linkedAttachments } from '../blocks/index.js'
import { checkDocument } from './checkDocument.js'
import { typedAttrs } from './typedAttrs.js'

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

  it('lists someone with a role but no organisation (a citizen representative) without complaint', () => {
    const body = JSON.parse(JSON.stringify(sampleProtocol)) as typeof sampleProtocol
    const attendee = body.content![5]!.content![1]!
    attendee.attrs = { ...attendee.attrs, organisation: '', role: 'Invånarrepresentant' }
    expect(checkDocument(body)).toEqual([])
  })

  it('reports unfinished attachments by the agenda item, and keeps the finished ones readable', () => {
    const body = JSON.parse(JSON.stringify(sampleProtocol)) as typeof sampleProtocol
    const item = body.content![1]!
    const attachments = [
      { label: 'Bildspel', href: 'https://example.se/bildspel.pdf' },
      { label: '', href: '' },
      { label: 'Rapport', href: 'rapport.docx' },
    ]
    item.attrs = { ...item.attrs, attachments }
    const issues = checkDocument(body)
    expect(issues).toEqual([
      { code: 'attachmentWithoutAddress', blockId: 'item-1', label: 'Mötets öppnande', attachment: '2' },
      { code: 'attachmentNotALink', blockId: 'item-1', label: 'Mötets öppnande', attachment: 'Rapport' },
    ])
    expect(typedAttrs(agendaItem, item).attachments).toEqual(attachments)
    expect(linkedAttachments(attachments)).toEqual([attachments[0]])
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
