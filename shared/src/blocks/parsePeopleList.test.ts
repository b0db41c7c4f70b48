import { describe, expect, it } from 'vitest'
import { attendee } from './attendance.js'
import { validateAttributes } from './defineBlock.js'
import { parsePeopleList } from './parsePeopleList.js'

const person = (name: string, organisation = '', role = '', marks: { standIn?: boolean; remote?: boolean } = {}) => ({
  name,
  organisation,
  role,
  standIn: marks.standIn ?? false,
  remote: marks.remote ?? false,
})

describe('parsePeopleList', () => {
  it('reads a list from Word: name and organisation or role, headings and blank lines skipped', () => {
    const text = [
      'Närvarande ledamöter:',
      '',
      'Eva Andersson, Invånarrepresentant',
      'Karl Berg, Mörbylånga kommun',
      '',
      'Lisa Månsson Ek,',
      'Kommunförbundet',
      '• Nils Öst, Region Kalmar län (tf)',
    ].join('\n')
    expect(parsePeopleList(text)).toEqual([
      person('Eva Andersson', '', 'Invånarrepresentant'),
      person('Karl Berg', 'Mörbylånga kommun'),
      person('Lisa Månsson Ek', 'Kommunförbundet'),
      person('Nils Öst', 'Region Kalmar län', '', { standIn: true }),
    ])
  })

  it('reads tab-separated rows from Excel and " – " from an e-mail, with a title', () => {
    const text = 'Anna Holm\tutvecklingsledare\tRegion Kalmar län\r\nPer Lind – enhetschef – Nybro kommun – via länk\n'
    expect(parsePeopleList(text)).toEqual([
      person('Anna Holm', 'Region Kalmar län', 'utvecklingsledare'),
      person('Per Lind', 'Nybro kommun', 'enhetschef', { remote: true }),
    ])
  })

  it('keeps hyphenated names whole and takes the last of three parts as the organisation', () => {
    expect(parsePeopleList('Ann-Katrin Ståhl, samordnare, Habiliteringen\n1. Jan Ek')).toEqual([
      person('Ann-Katrin Ståhl', 'Habiliteringen', 'samordnare'),
      person('Jan Ek'),
    ])
  })

  it('cuts a field longer than an attendance row holds instead of losing it', () => {
    const [person] = parsePeopleList(`${'A'.repeat(400)}, Region Kalmar län`)
    expect(person!.name).toHaveLength(300)
    expect(validateAttributes(attendee, { name: person!.name, organisation: person!.organisation })).toEqual({
      ok: true,
    })
  })
})
