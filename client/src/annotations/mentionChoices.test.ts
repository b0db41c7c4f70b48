import { describe, expect, it } from 'vitest'
import { mentionChoices } from './mentionChoices'

const people = [
  { id: 'a', name: 'Åsa Öberg', email: 'asa@region.se' },
  { id: 'b1', name: 'Bo Berg', email: 'bo@kommun.se' },
  { id: 'b2', name: 'Bo Berg', email: 'bo.berg@region.se' },
  { id: 'c', name: 'Cecilia Bergström', email: 'cecilia@region.se' },
  { id: 'me', name: 'Bo Bengtsson', email: 'me@region.se' },
]

describe('mentionChoices', () => {
  it('matches the start of any word of the name, or the e-mail, case and accents aside, never the writer', () => {
    expect(mentionChoices(people, 'berg', 'me').map((c) => c.userId)).toEqual(['b1', 'b2', 'c'])
    expect(mentionChoices(people, 'asa', 'me').map((c) => c.userId)).toEqual(['a'])
    expect(mentionChoices(people, 'OBERG', 'me').map((c) => c.userId)).toEqual(['a'])
    expect(mentionChoices(people, 'cecilia@', 'me').map((c) => c.userId)).toEqual(['c'])
    expect(mentionChoices(people, 'bo', 'me').map((c) => c.userId)).toEqual(['b1', 'b2'])
    expect(mentionChoices(people, 'x', 'me')).toEqual([])
  })

  it('offers everyone (but the writer) for a bare @, by name', () => {
    expect(mentionChoices(people, '', 'me').map((c) => c.name)).toEqual(
      ['Åsa Öberg', 'Bo Berg', 'Bo Berg', 'Cecilia Bergström'].sort((x, y) => x.localeCompare(y, 'sv-SE')),
    )
  })

  it('tells people of the same name apart by e-mail in the label, keeping the name as stored', () => {
    const choices = mentionChoices(people, 'bo b', 'me')
    expect(choices).toEqual([
      { userId: 'b1', name: 'Bo Berg', label: 'Bo Berg (bo@kommun.se)' },
      { userId: 'b2', name: 'Bo Berg', label: 'Bo Berg (bo.berg@region.se)' },
    ])
    expect(mentionChoices(people, 'cec', null)[0]!.label).toBe('Cecilia Bergström')
  })
})
