import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendJsonToFragment, getBody } from '@samskriv/shared'
import { matchSigners, readMeetingHeader } from './readMeetingHeader'

const user = (id: string, name: string) => ({
  id,
  name,
  email: `${id}@example.se`,
  isAdmin: false,
  status: 'active' as const,
})

describe('readMeetingHeader', () => {
  it('reads the chair, the justerare and the deciding body', () => {
    const doc = new Y.Doc()
    appendJsonToFragment(getBody(doc), [
      {
        type: 'meetingHeader',
        attrs: { id: 'h', decidingBody: ' Länsgemensam ledning ', chair: 'Anna Lind', adjusters: ['Bo Ek', ' '] },
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Mötet öppnades.' }] },
    ])
    expect(readMeetingHeader(doc)).toEqual({ decidingBody: 'Länsgemensam ledning', names: ['Anna Lind', 'Bo Ek'] })
  })

  it('names nobody without a meeting header', () => {
    expect(readMeetingHeader(new Y.Doc())).toEqual({ decidingBody: '', names: [] })
  })
})

describe('matchSigners', () => {
  it('matches names to accounts regardless of case and spacing, and skips ambiguous names', () => {
    const users = [user('a', 'Anna Lind'), user('b', 'Bo  Ek'), user('c', 'Cecilia Ny'), user('d', 'Cecilia Ny')]
    expect(matchSigners(['anna lind', 'Bo Ek', 'Cecilia Ny', 'Okänd Person', 'Anna Lind'], users)).toEqual(['a', 'b'])
  })
})
