import type { JSONContent } from '@tiptap/core'
import { build } from './templateBuild.js'
import type { DocumentType } from '../documentTypes.js'
import { protocolTemplate } from './protocolTemplate.js'

const { block, title, paragraph, heading, bullets } = build

export { build }

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
export const DOCUMENT_TEMPLATES: Record<DocumentType, () => JSONContent[]> = {
  protocol: () => protocolTemplate().flatMap((part) => part.content),
  actionPlan,
  guidance,
}
