import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { getBody, initializeDocumentMeta } from '../documentLayout.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import { documentSearchText } from './documentSearchText.js'

/** A document's Yjs state as another device would have stored it. */
function stored(body: typeof sampleProtocol, type: 'protocol' | 'actionPlan', title: string): Y.Doc {
  const writer = new Y.Doc()
  initializeDocumentMeta(writer, { type, title })
  appendJsonToFragment(getBody(writer), body.content ?? [])
  const reader = new Y.Doc()
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
  return reader
}

describe('documentSearchText', () => {
  it('reads a protocol’s title, meeting body and the text of every block, one block a line', () => {
    const found = documentSearchText(stored(sampleProtocol, 'protocol', 'LGL 2026-11-20'))!
    expect(found).toMatchObject({ title: 'LGL 2026-11-20', type: 'protocol', body: 'Länsgemensam ledning' })
    const lines = found.text.split('\n')
    // Agenda item titles, running text, decision titles and texts, information points.
    expect(lines).toContain('Mötets öppnande')
    expect(lines).toContain('Ordföranden hälsade alla välkomna.')
    expect(lines).toContain('Indikator för vårddagar')
    expect(lines).toContain('Länsgemensam ledning beslutar att fastställa indikatorn till 0,7.')
    expect(lines).toContain('Läget i gruppen')
    // Words kept in the header's fields.
    expect(lines).toContain('Kalmar')
  })

  it('reads an action plan’s activities with who is responsible, and no meeting body', () => {
    const found = documentSearchText(stored(samplePlan, 'actionPlan', 'Handlingsplan 2027'))!
    expect(found.body).toBe('')
    expect(found.type).toBe('actionPlan')
    const lines = found.text.split('\n')
    expect(lines).toContain('Håll lokala samverkansmöten.')
    expect(lines).toContain('Utvecklingsledare Äldre')
  })

  it('is null for a state that holds no document', () => {
    expect(documentSearchText(new Y.Doc())).toBeNull()
  })
})
