import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { Editor } from '@tiptap/core'
import { fieldAddress, fieldAt, trackFieldPresence } from './fieldPresence'

const FORM = `
  <div data-block-type="decision" data-block-id="d1">
    <div class="block-field"><label>Typ</label><select></select></div>
    <div class="block-field"><label>Organ</label><input></div>
    <div data-block-type="activity"><div class="block-field"><input></div></div>
    <div class="more-fields__content"><div class="block-field"><input></div></div>
  </div>
  <div data-block-type="meetingHeader"><div class="block-field"><input></div></div>`

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  document.body.innerHTML = ''
})

function editorOn(root: HTMLElement): Editor {
  const listeners = new Set<() => void>()
  return {
    view: { dom: root },
    on: (_event: string, listener: () => void) => listeners.add(listener),
    off: (_event: string, listener: () => void) => listeners.delete(listener),
  } as unknown as Editor
}

describe('field presence', () => {
  it('addresses a block’s fields the same way on every device', () => {
    const root = document.createElement('div')
    root.innerHTML = FORM
    const organ = root.querySelectorAll('input')[0]!
    const address = fieldAddress(root, organ)
    expect(address).toEqual({ block: 'decision:d1', more: false, index: 1 })
    const copy = document.createElement('div')
    copy.innerHTML = FORM
    expect(fieldAt(copy, address!)).toBe(copy.querySelectorAll('input')[0])
    expect(fieldAddress(root, root.querySelectorAll('input')[2]!)).toEqual({
      block: 'decision:d1',
      more: true,
      index: 0,
    })
    expect(fieldAddress(root, root.querySelectorAll('input')[3]!)).toEqual({
      block: 'meetingHeader#0',
      more: false,
      index: 0,
    })
  })

  it('shows on a field who else is writing in it, and clears it when they leave', () => {
    const here = document.createElement('div')
    here.innerHTML = FORM
    document.body.append(here)
    const there = document.createElement('div')
    there.innerHTML = FORM
    document.body.append(there)
    const hereAwareness = new Awareness(new Y.Doc())
    const thereAwareness = new Awareness(new Y.Doc())
    thereAwareness.setLocalStateField('user', { name: 'Erik Berg', color: '#1d4ed8' })
    const relay = (from: Awareness, to: Awareness) =>
      from.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
        applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]), 'remote'),
      )
    relay(thereAwareness, hereAwareness)
    const label = (names: string) => `${names} skriver här`
    cleanups.push(trackFieldPresence(editorOn(here), hereAwareness, label))
    cleanups.push(trackFieldPresence(editorOn(there), thereAwareness, label))

    there.querySelectorAll('input')[0]!.focus()
    const shell = here.querySelectorAll('.block-field')[1] as HTMLElement
    expect(shell.getAttribute('data-editing-by')).toBe('Erik Berg skriver här')
    expect(shell.style.getPropertyValue('--editing-color')).toBe('#1d4ed8')

    there.querySelectorAll('input')[0]!.blur()
    expect(here.querySelector('[data-editing-by]')).toBeNull()
  })
})
