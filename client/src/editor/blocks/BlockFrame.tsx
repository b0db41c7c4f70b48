import type { ReactNode } from 'react'
import { NodeViewWrapper } from '@tiptap/react'
import { isCommentableBlock } from '../../annotations/commentableBlocks'
import { t } from '../../i18n/t'
import { BLOCK_CONTROLS } from './isBlockControlEvent'
import { useBlockEditor } from './useBlockEditor'

/** Props of {@link BlockFrame}. */
export interface BlockFrameProps {
  /** The node name; gives the class `block--<type>` and `data-block-type`. */
  type: string
  /** The block's id, as `data-block-id` (links and the check list find the block by it). */
  blockId?: string | undefined
  /** What the block is, shown in its header ("Beslut"). */
  label: string
  /** Keep the label for screen readers only (where the number says it, as for agenda items). */
  hideLabel?: boolean
  /** Shown before the label: the agenda item's or routine step's number. */
  number?: ReactNode
  /** Extra header content after the label (a kind badge, a short summary). */
  headerExtra?: ReactNode
  /** Removes the block; no remove button without it. */
  onRemove?: (() => void) | undefined
  /** The remove button's accessible name, e.g. "Ta bort beslutet". */
  removeLabel?: string | undefined
  /** The block's form, between the header and its text. */
  fields?: ReactNode
  /** The block's text (`NodeViewContent`) and anything after it. */
  children?: ReactNode
  className?: string | undefined
}

/**
 * The frame every typed block view shares: a header with the block's kind (and number) and a
 * remove button, then its form and its text. The header and form are `contenteditable=false`
 * controls (see `isBlockControlEvent`); the text is ordinary editor content.
 */
export function BlockFrame({
  type,
  blockId,
  label,
  hideLabel = false,
  number,
  headerExtra,
  onRemove,
  removeLabel,
  fields,
  children,
  className,
}: BlockFrameProps) {
  const { editable, onCommentBlock } = useBlockEditor()
  return (
    <NodeViewWrapper
      className={['block', `block--${type}`, className].filter(Boolean).join(' ')}
      data-block-type={type}
      data-block-id={blockId || undefined}
    >
      <div className="block__header" contentEditable={false} {...BLOCK_CONTROLS}>
        {number !== undefined && number !== null && <span className="block__number">{number}</span>}
        <span className={hideLabel ? 'visually-hidden' : 'block__label'}>{label}</span>
        {headerExtra}
        {onCommentBlock && blockId && isCommentableBlock(type) && (
          <button
            type="button"
            className="block__comment"
            aria-label={t('comments.commentBlock', { block: label })}
            onClick={() => onCommentBlock({ type, blockId, label })}
          >
            {t('comments.commentShort')}
          </button>
        )}
        {editable && onRemove !== undefined && (
          <button
            type="button"
            className="block__remove"
            aria-label={removeLabel ?? t('block.remove', { block: label })}
            onClick={onRemove}
          >
            {t('block.removeShort')}
          </button>
        )}
      </div>
      {fields !== undefined && fields !== null && fields !== false && (
        <div className="block__fields" contentEditable={false} {...BLOCK_CONTROLS}>
          {fields}
        </div>
      )}
      {children}
    </NodeViewWrapper>
  )
}
