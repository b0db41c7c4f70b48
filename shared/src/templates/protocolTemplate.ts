import type { JSONContent } from '@tiptap/core'
import { build } from './templateBuild.js'

const { block, title, paragraph } = build

/**
 * One top-level part of the protocol template. `standing`: an agenda item every meeting of a body
 * has, worded the same each time (opening, justerare, the agenda, the previous minutes, any other
 * business, closing); a protocol started from the previous one takes these, not that meeting's
 * own items.
 */
export interface ProtocolTemplatePart {
  readonly role: 'header' | 'agendaItem' | 'attendance'
  readonly standing: boolean
  readonly content: JSONContent[]
}

const standard = (standing: boolean, content: JSONContent[]): ProtocolTemplatePart => ({
  role: 'agendaItem',
  standing,
  content: [block('agendaItem', { kind: 'standard' }, content)],
})

/**
 * A protocol as a body's meeting runs: the header, the standing opening items, the reports, the
 * information and decision points, any other business and the closing, then who attended.
 */
export function protocolTemplate(): ProtocolTemplatePart[] {
  return [
    { role: 'header', standing: true, content: [block('meetingHeader', { decidingBody: '', date: '' })] },
    standard(true, [title('Mötets öppnande'), paragraph()]),
    standard(true, [title('Val av justerare'), paragraph()]),
    standard(true, [title('Godkännande av dagordningen'), paragraph('Dagordningen godkänns.')]),
    standard(true, [
      title('Föregående mötesprotokoll'),
      block('decision', { kind: 'fileMinutes' }, [
        title(''),
        paragraph('Protokollet från föregående möte godkänns och läggs till handlingarna.'),
      ]),
    ]),
    standard(false, [title('Lägesrapporter från de samordnande grupperna'), paragraph()]),
    standard(false, [title('Informationspunkter'), block('informationItem', { group: '' }, [title(''), paragraph()])]),
    standard(false, [title('Beslutspunkter'), block('decision', { kind: 'other' }, [title(''), paragraph()])]),
    {
      role: 'agendaItem',
      standing: true,
      content: [block('agendaItem', { kind: 'otherBusiness' }, [title('Övrig fråga'), paragraph()])],
    },
    standard(true, [title('Mötets avslutande'), paragraph()]),
    {
      role: 'attendance',
      standing: true,
      content: [block('attendanceList', { kind: 'members' }, []), block('attendanceList', { kind: 'others' }, [])],
    },
  ]
}
