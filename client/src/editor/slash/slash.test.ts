import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { bodyExtensions } from '@samskriv/shared/editor'
import { filterSlashCommands, slashCommands } from './slashCommands'
import { slashQueryAt } from './slashQuery'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function paragraphWith(text: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyExtensions(),
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  })
  editors.push(editor)
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1 + text.length)))
  return editor
}

describe('the "/" menu', () => {
  it('opens on a "/" at the start or after a space, with what follows as the query', () => {
    expect(slashQueryAt(paragraphWith('/').state)).toEqual({ from: 1, to: 2, query: '' })
    expect(slashQueryAt(paragraphWith('Se även /bes').state)).toEqual({ from: 9, to: 13, query: 'bes' })
    expect(slashQueryAt(paragraphWith('/övrig fr').state)?.query).toBe('övrig fr')
  })

  it('stays closed inside a word or an address, and after a long run of text', () => {
    expect(slashQueryAt(paragraphWith('och/eller').state)).toBeNull()
    expect(slashQueryAt(paragraphWith('https://example.se/x').state)).toBeNull()
    expect(slashQueryAt(paragraphWith(`/${'a'.repeat(40)}`).state)).toBeNull()
  })

  it('filters by the start of any word, without regard to case or accents', () => {
    const command = (id: string, label: string) => ({ id, label, run: () => true, enabled: () => true })
    const commands = [
      command('agendaItem', 'Paragraf'),
      command('otherBusiness', 'Övrig fråga'),
      command('decision', 'Beslut'),
      command('h2', 'Rubrik 2'),
      command('h3', 'Rubrik 3'),
    ]
    expect(filterSlashCommands(commands, 'bes').map((c) => c.id)).toEqual(['decision'])
    expect(filterSlashCommands(commands, 'ovrig').map((c) => c.id)).toEqual(['otherBusiness'])
    expect(filterSlashCommands(commands, 'FRÅ').map((c) => c.id)).toEqual(['otherBusiness'])
    expect(filterSlashCommands(commands, 'rubrik 2').map((c) => c.id)).toEqual(['h2'])
    expect(filterSlashCommands(commands, '').length).toBe(commands.length)
    expect(slashCommands('protocol').map((c) => c.id)).toEqual(expect.arrayContaining(['decision', 'h1', 'bullets']))
  })
})
