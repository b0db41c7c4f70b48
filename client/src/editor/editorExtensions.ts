import type { AnyExtension } from '@tiptap/core'
import { bodyExtensions } from '@samskriv/shared/editor'
import { t } from '../i18n/t'
import type { PlainMessageKey } from '../i18n/messages'
import { BLOCK_VIEWS } from './blocks/blockViews'
import { createBlockNodeView } from './blocks/createBlockNodeView'
import { BlockHighlight } from './extensions/BlockHighlight'
import { BlockIdentity } from './extensions/BlockIdentity'
import { BlockNumbering } from './extensions/BlockNumbering'
import { BlockPlaceholder, type PlaceholderSlot } from './extensions/BlockPlaceholder'
import { BlockTitleKeymap } from './extensions/BlockTitleKeymap'
import { EmptyBlockNormalizer } from './extensions/EmptyBlockNormalizer'
import { TableKeyboardExit } from './extensions/TableKeyboardExit'
import { WordPaste } from './paste/WordPaste'

const PLACEHOLDERS: Readonly<Record<PlaceholderSlot, Readonly<Record<string, PlainMessageKey>>>> = {
  title: {
    agendaItem: 'placeholder.agendaItemTitle',
    informationItem: 'placeholder.informationItemTitle',
    decision: 'placeholder.decisionTitle',
    groupPlan: 'placeholder.groupPlanTitle',
    improvementArea: 'placeholder.improvementAreaTitle',
  },
  text: {
    agendaItem: 'placeholder.agendaItemText',
    informationItem: 'placeholder.informationItemText',
    decision: 'placeholder.decisionText',
    planSection: 'placeholder.planSectionText',
    activity: 'placeholder.activityText',
    responsibilityRow: 'placeholder.responsibilityText',
    routineStep: 'placeholder.routineStepText',
  },
}

function placeholder(blockType: string, slot: PlaceholderSlot): string | null {
  const key = PLACEHOLDERS[slot][blockType]
  if (key !== undefined) return t(key)
  return slot === 'title' ? t('placeholder.title') : null
}

/**
 * The client's behaviour for typed blocks that needs no views: ids kept present and unique, empty
 * text containers refilled, agenda items and routine steps numbered, the block arrived at
 * highlighted, hints in empty titles and texts, and Enter from a title to its text. Also what headless tests run.
 */
export function blockBehaviourExtensions(): AnyExtension[] {
  return [
    BlockIdentity,
    EmptyBlockNormalizer,
    BlockNumbering,
    BlockHighlight,
    BlockTitleKeymap,
    BlockPlaceholder.configure({ placeholder }),
  ]
}

/**
 * The editor's extensions: the shared body schema (`bodyExtensions`, the single source), each typed
 * block swapped by name for its extended version with a React node view, the client behaviour, a
 * way out of tables for the keyboard, and pasting from Word with its lists and without its comments.
 */
export function editorExtensions(): AnyExtension[] {
  const body = bodyExtensions().map((extension) => {
    const view = BLOCK_VIEWS[extension.name]
    return view === undefined ? extension : extension.extend({ addNodeView: () => createBlockNodeView(view) })
  })
  return [...body, ...blockBehaviourExtensions(), TableKeyboardExit, WordPaste]
}
