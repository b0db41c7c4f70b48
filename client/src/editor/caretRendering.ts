import type { DecorationAttrs } from '@tiptap/pm/view'
import { t } from '../i18n/t'

const FALLBACK_COLOR = '#4b5563'

function colorOf(user: Record<string, unknown>): string {
  return typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : FALLBACK_COLOR
}

/**
 * Another writer's caret: a coloured bar with their name on a label in white. Hidden from
 * assistive technology, which would otherwise read names in the middle of the text; the presence
 * list names everyone instead.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = colorOf(user)
  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.setAttribute('aria-hidden', 'true')
  caret.style.borderColor = color
  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.style.backgroundColor = color
  label.textContent = typeof user.name === 'string' && user.name !== '' ? user.name : t('presence.unnamed')
  caret.append(label)
  return caret
}

/** Another writer's selection: a light tint of their colour, so the text stays readable. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  return {
    nodeName: 'span',
    class: 'collaboration-carets__selection',
    style: `background-color: ${colorOf(user)}33`,
  }
}
