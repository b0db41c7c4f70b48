import type { Editor } from '@tiptap/core'
import type { DocumentType } from '@samskriv/shared'
import type { PlainMessageKey } from '../../i18n/messages'
import { t } from '../../i18n/t'
import { canInsertBlock, insertBlock } from '../insert/insertBlock'
import { INSERTABLE_BLOCKS } from '../insert/insertableBlocks'

/** One choice of the "/" menu. */
export interface SlashCommand {
  readonly id: string
  readonly label: string
  readonly run: (editor: Editor) => boolean
  readonly enabled: (editor: Editor) => boolean
}

const heading = (level: 1 | 2 | 3) => ({
  id: `h${level}`,
  label: () => t('toolbar.heading', { level }),
  run: (e: Editor) => e.chain().focus().setHeading({ level }).run(),
})
const plain = (key: PlainMessageKey) => () => t(key)

const TEXT_COMMANDS: readonly { id: string; label: () => string; run: (editor: Editor) => boolean }[] = [
  heading(1),
  heading(2),
  heading(3),
  { id: 'bullets', label: plain('toolbar.bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'numbers', label: plain('toolbar.orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
]

/** The "/" menu's choices in a type of document: its blocks first, then headings and lists. */
export function slashCommands(documentType: DocumentType): SlashCommand[] {
  return [
    ...INSERTABLE_BLOCKS[documentType].map((item) => ({
      id: item.kind,
      label: t(item.label),
      run: (editor: Editor) => insertBlock(editor, item.kind),
      enabled: (editor: Editor) => canInsertBlock(editor.state, item.kind),
    })),
    ...TEXT_COMMANDS.map((command) => ({
      id: command.id,
      label: command.label(),
      run: command.run,
      enabled: () => true,
    })),
  ]
}

/** Folds case and accents away for matching what is typed ("ovrig" finds "Övrig fråga"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('sv-SE')

/** The choices whose label has a word starting with the query (all for an empty query), enabled first. */
export function filterSlashCommands(commands: readonly SlashCommand[], query: string): SlashCommand[] {
  const wanted = fold(query.trim())
  if (wanted === '') return [...commands]
  return commands.filter((command) => {
    const label = fold(command.label)
    return label.startsWith(wanted) || label.split(/[\s-]+/).some((word) => word.startsWith(wanted))
  })
}
