import type { JSONContent } from '@tiptap/core'
import { templateContent, type PlanSectionKind } from '@samskriv/shared'
import { translate } from '../../i18n/translate'
import { withFreshIds } from './withFreshIds'

/** The blocks the insert menu (and the add buttons in blocks) can create. */
export type NewBlockKind =
  | 'meetingHeader'
  | 'agendaItem'
  | 'otherBusiness'
  | 'addendum'
  | 'informationItem'
  | 'decision'
  | 'attendanceMembers'
  | 'attendanceOthers'
  | 'attendee'
  | 'groupPlan'
  | 'planSection'
  | 'improvementArea'
  | 'activity'
  | 'ongoingWork'
  | 'ongoingWorkArea'
  | 'responsibilityMatrix'
  | 'responsibilityRow'
  | 'routineStep'
  | 'documentFacts'

const title = (text = ''): JSONContent => ({
  type: 'blockTitle',
  ...(text ? { content: [{ type: 'text', text }] } : {}),
})
const paragraph = (): JSONContent => ({ type: 'paragraph' })

/** A part of the action plan template (group plan, improvement area), so new ones look the same. */
function fromPlanTemplate(type: string): JSONContent {
  let found: JSONContent | undefined
  const walk = (nodes: readonly JSONContent[]) => {
    for (const node of nodes) {
      if (found !== undefined) return
      if (node.type === type) found = node
      else if (node.content) walk(node.content)
    }
  }
  walk(templateContent('new-block', 'actionPlan'))
  if (found === undefined) throw new Error(`The action plan template has no ${type}`)
  return found
}

/**
 * A new block of a kind as ProseMirror JSON: fresh ids for every block that carries one, an empty
 * paragraph wherever text goes, and the parts a new group plan or improvement area has in the
 * template. Titles of "Övrig fråga" and "Tillägg i protokoll" are written in Swedish, the language
 * of the documents. `sectionKind` is the kind of a new plan section.
 */
export function buildBlock(kind: NewBlockKind, sectionKind: PlanSectionKind = 'background'): JSONContent {
  switch (kind) {
    case 'meetingHeader':
      return { type: 'meetingHeader' }
    case 'agendaItem':
      return withFreshIds({ type: 'agendaItem', attrs: { kind: 'standard' }, content: [title(), paragraph()] })
    case 'otherBusiness':
      return withFreshIds({
        type: 'agendaItem',
        attrs: { kind: 'otherBusiness' },
        content: [title(translate('sv-SE', 'enum.agendaItemKind.otherBusiness')), paragraph()],
      })
    case 'addendum':
      return withFreshIds({
        type: 'agendaItem',
        attrs: { kind: 'addendum' },
        content: [title(translate('sv-SE', 'enum.agendaItemKind.addendum')), paragraph()],
      })
    case 'informationItem':
      return withFreshIds({ type: 'informationItem', content: [title(), paragraph()] })
    case 'decision':
      return withFreshIds({ type: 'decision', attrs: { kind: 'other' }, content: [title(), paragraph()] })
    case 'attendanceMembers':
    case 'attendanceOthers':
      return withFreshIds({
        type: 'attendanceList',
        attrs: { kind: kind === 'attendanceMembers' ? 'members' : 'others' },
        content: [{ type: 'attendee' }],
      })
    case 'attendee':
      return withFreshIds({ type: 'attendee' })
    case 'groupPlan':
    case 'improvementArea':
      return withFreshIds(fromPlanTemplate(kind))
    case 'planSection':
      return { type: 'planSection', attrs: { kind: sectionKind }, content: [paragraph()] }
    case 'activity':
      return withFreshIds({ type: 'activity', attrs: { status: 'planned' }, content: [paragraph()] })
    case 'ongoingWork':
      return withFreshIds({ type: 'ongoingWork', content: [buildBlock('ongoingWorkArea')] })
    case 'ongoingWorkArea':
      return withFreshIds({ type: 'ongoingWorkArea', content: [buildBlock('activity')] })
    case 'responsibilityMatrix':
      return withFreshIds({ type: 'responsibilityMatrix', content: [buildBlock('responsibilityRow')] })
    case 'responsibilityRow':
      return withFreshIds({ type: 'responsibilityRow', content: [paragraph()] })
    case 'routineStep':
      return withFreshIds({ type: 'routineStep', content: [paragraph()] })
    case 'documentFacts':
      return { type: 'documentFacts' }
  }
}
