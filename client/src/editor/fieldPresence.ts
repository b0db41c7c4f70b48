import type { Editor } from '@tiptap/core'
import type { Awareness } from 'y-protocols/awareness'

/**
 * Where a form field of a typed block is, the same on every device: its block (the block's id, or
 * its type and place among blocks of that type), whether it is behind the block's "more" toggle,
 * and its place among the block's controls there.
 */
export interface FieldAddress {
  readonly block: string
  readonly more: boolean
  readonly index: number
}

/** The awareness field this device publishes its field in (null outside fields). */
export const FIELD_PRESENCE_KEY = 'field'

const CONTROLS = 'input, select, textarea'
const BLOCK = '[data-block-type]'
const MORE = '.more-fields__content'

function controlsOf(frame: Element, more: boolean): Element[] {
  return [...frame.querySelectorAll(CONTROLS)].filter(
    (control) => control.closest(BLOCK) === frame && (control.closest(MORE) !== null) === more,
  )
}

function blockKey(root: HTMLElement, frame: Element): string {
  const type = frame.getAttribute('data-block-type') ?? ''
  const id = frame.getAttribute('data-block-id')
  if (id !== null && id !== '') return `${type}:${id}`
  return `${type}#${[...root.querySelectorAll(BLOCK)].filter((b) => b.getAttribute('data-block-type') === type).indexOf(frame)}`
}

/** The address of a block's form control, or null for anything else. */
export function fieldAddress(root: HTMLElement, control: Element): FieldAddress | null {
  if (!control.matches(CONTROLS)) return null
  const frame = control.closest(BLOCK)
  if (frame === null || !root.contains(frame)) return null
  const more = control.closest(MORE) !== null
  const index = controlsOf(frame, more).indexOf(control)
  return index < 0 ? null : { block: blockKey(root, frame), more, index }
}

/** The control at an address on this device, or null (not shown here, e.g. behind a closed toggle). */
export function fieldAt(root: HTMLElement, address: FieldAddress): Element | null {
  const frame = [...root.querySelectorAll(BLOCK)].find((candidate) => blockKey(root, candidate) === address.block)
  return frame === undefined ? null : (controlsOf(frame, address.more)[address.index] ?? null)
}

function isAddress(value: unknown): value is FieldAddress {
  if (typeof value !== 'object' || value === null) return false
  const { block, more, index } = value as Record<string, unknown>
  return typeof block === 'string' && typeof more === 'boolean' && typeof index === 'number'
}

/** A writer's name and colour as the carets publish them (`user` in their awareness state). */
function writerOf(state: Record<string, unknown>): { name: string; color: string } {
  const user = (typeof state.user === 'object' && state.user !== null ? state.user : {}) as Record<string, unknown>
  const name = typeof user.name === 'string' && user.name !== '' ? user.name : '?'
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#4b5563'
  return { name, color }
}

/**
 * Presence on the fields themselves, as in a shared spreadsheet: publishes which field this person
 * is in, and marks each field another writer is in with their colour and `label(names)` (a field
 * holds one value; two people typing into it at once keep only one). Returns the stop function.
 */
export function trackFieldPresence(editor: Editor, awareness: Awareness, label: (names: string) => string): () => void {
  const root = editor.view.dom
  const publish = (address: FieldAddress | null): void => {
    const current: unknown = awareness.getLocalState()?.[FIELD_PRESENCE_KEY] ?? null
    if (JSON.stringify(current) !== JSON.stringify(address)) awareness.setLocalStateField(FIELD_PRESENCE_KEY, address)
  }
  const onFocusIn = (event: FocusEvent): void => {
    publish(event.target instanceof Element ? fieldAddress(root, event.target) : null)
  }
  const onFocusOut = (event: FocusEvent): void => {
    if (!(event.relatedTarget instanceof Element) || fieldAddress(root, event.relatedTarget) === null) publish(null)
  }
  const render = (): void => {
    for (const marked of root.querySelectorAll<HTMLElement>('[data-editing-by]')) {
      marked.removeAttribute('data-editing-by')
      marked.style.removeProperty('--editing-color')
    }
    const shells = new Map<HTMLElement, { names: string[]; color: string }>()
    awareness.getStates().forEach((state, clientId) => {
      const address: unknown = state[FIELD_PRESENCE_KEY]
      if (clientId === awareness.clientID || !isAddress(address)) return
      const shell = fieldAt(root, address)?.closest<HTMLElement>('.block-field, .block-check, .row-list__row')
      if (shell === null || shell === undefined) return
      const writer = writerOf(state)
      const entry = shells.get(shell) ?? { names: [], color: writer.color }
      entry.names.push(writer.name)
      shells.set(shell, entry)
    })
    for (const [shell, { names, color }] of shells) {
      shell.setAttribute('data-editing-by', label(names.join(', ')))
      shell.style.setProperty('--editing-color', color)
    }
  }
  root.addEventListener('focusin', onFocusIn)
  root.addEventListener('focusout', onFocusOut)
  awareness.on('change', render)
  editor.on('transaction', render)
  render()
  return () => {
    root.removeEventListener('focusin', onFocusIn)
    root.removeEventListener('focusout', onFocusOut)
    awareness.off('change', render)
    editor.off('transaction', render)
    publish(null)
  }
}
