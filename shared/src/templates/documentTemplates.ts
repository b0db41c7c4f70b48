import type { JSONContent } from '@tiptap/core'
import type { DocumentType } from '../documentTypes.js'

/** Builds a typed block: `id` is filled in later from the template's block counter. */
type Build = {
  block: (type: string, attrs: Record<string, unknown>, content?: JSONContent[]) => JSONContent
  title: (text: string) => JSONContent
  paragraph: (text?: string) => JSONContent
  heading: (level: number, text: string) => JSONContent
  bullets: (...items: string[]) => JSONContent
}

export const build: Build = {
  block: (type, attrs, content) => ({ type, attrs, ...(content ? { content } : {}) }),
  title: (text) => ({ type: 'blockTitle', ...(text ? { content: [{ type: 'text', text }] } : {}) }),
  paragraph: (text) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }),
  heading: (level, text) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] }),
  bullets: (...items) => ({
    type: 'bulletList',
    content: items.map((text) => ({ type: 'listItem', content: [build.paragraph(text)] })),
  }),
}

const { block, title, paragraph, heading, bullets } = build

/** A protocol: header, the usual opening items, information and decision points, attendance. */
function protocol(): JSONContent[] {
  return [
    block('meetingHeader', { decidingBody: '', date: '' }),
    block('agendaItem', { kind: 'standard' }, [title('Mötets öppnande'), paragraph()]),
    block('agendaItem', { kind: 'standard' }, [
      title('Föregående mötesprotokoll'),
      block('decision', { kind: 'fileMinutes' }, [
        title(''),
        paragraph('Protokollet från föregående möte godkänns och läggs till handlingarna.'),
      ]),
    ]),
    block('agendaItem', { kind: 'standard' }, [
      title('Informationspunkter'),
      block('informationItem', { group: '' }, [title(''), paragraph()]),
    ]),
    block('agendaItem', { kind: 'standard' }, [
      title('Beslutspunkter'),
      block('decision', { kind: 'other' }, [title(''), paragraph()]),
    ]),
    block('agendaItem', { kind: 'otherBusiness' }, [title('Övrig fråga'), paragraph()]),
    block('attendanceList', { kind: 'members' }, []),
    block('attendanceList', { kind: 'others' }, []),
  ]
}

/** An action plan: one group's plan with its parts, an improvement area and ongoing work. */
function actionPlan(): JSONContent[] {
  const section = (kind: string, content: JSONContent[] = [paragraph()]) => block('planSection', { kind }, content)
  return [
    block('groupPlan', { group: '', periodFrom: '', periodTo: '' }, [
      title(''),
      section('vision'),
      section('targetGroup'),
      section('strategicDirections', [bullets('')]),
      section('improvementAreas'),
      section('responsible'),
      section('implementation'),
      section('followUp'),
      block('improvementArea', {}, [
        title(''),
        section('purpose'),
        section('goals'),
        section('timeFrame'),
        section('implementation'),
        block('activity', { status: 'planned' }, [paragraph()]),
      ]),
      block('ongoingWork', {}, [
        block('ongoingWorkArea', { area: '' }, [block('activity', { status: 'planned' }, [paragraph()])]),
      ]),
    ]),
  ]
}

/** Practical guidance: purpose, scope, responsibilities, routine, follow-up and document facts. */
function guidance(): JSONContent[] {
  return [
    heading(2, 'Syfte'),
    paragraph(),
    heading(2, 'Omfattning och målgrupp'),
    paragraph(),
    heading(2, 'Ansvarsfördelning'),
    block('responsibilityMatrix', {}, [
      block('responsibilityRow', { party: 'Region' }, [paragraph()]),
      block('responsibilityRow', { party: 'Kommun' }, [paragraph()]),
    ]),
    heading(2, 'Rutin'),
    block('routineStep', { who: '', when: '' }, [paragraph()]),
    heading(2, 'Kontakter och länkar'),
    paragraph(),
    heading(2, 'Uppföljning'),
    paragraph(),
    block('documentFacts', {}),
  ]
}

/** The standard structure of a new document of each type, before ids are assigned. */
export const DOCUMENT_TEMPLATES: Record<DocumentType, () => JSONContent[]> = { protocol, actionPlan, guidance }
