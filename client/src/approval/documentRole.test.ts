import { describe, expect, it } from 'vitest'
import type { MeResponse } from '@samskriv/shared'
import { documentRole, mayDo } from './documentRole'

const anna = { id: 'u1', email: 'anna@example.se', name: 'Anna', isAdmin: false }
const membership = (groupId: string, role: 'reader' | 'editor' | 'coordinator') => ({
  groupId,
  groupName: groupId,
  userId: 'u1',
  userName: 'Anna',
  email: 'anna@example.se',
  role,
})

describe('documentRole', () => {
  it('makes everyone a coordinator in open mode', () => {
    const me: MeResponse = { authRequired: false, user: null, memberships: [] }
    expect(documentRole(me, null)).toBe('coordinator')
    expect(mayDo(me, 'g1', 'approve')).toBe(true)
  })

  it('gives nobody a role when sign-in is required and nobody is signed in', () => {
    expect(documentRole({ authRequired: true, user: null, memberships: [] }, 'g1')).toBeNull()
  })

  it('uses the role in the owning group only', () => {
    const me: MeResponse = {
      authRequired: true,
      user: anna,
      memberships: [membership('g1', 'editor'), membership('g2', 'coordinator')],
    }
    expect(documentRole(me, 'g1')).toBe('editor')
    expect(mayDo(me, 'g1', 'approve')).toBe(false)
    expect(mayDo(me, 'g1', 'edit')).toBe(true)
    expect(mayDo(me, 'g2', 'approve')).toBe(true)
    expect(documentRole(me, 'g3')).toBeNull()
    expect(documentRole(me, null)).toBeNull()
  })

  it('makes administrators coordinators of every document', () => {
    const me: MeResponse = { authRequired: true, user: { ...anna, isAdmin: true }, memberships: [] }
    expect(documentRole(me, null)).toBe('coordinator')
  })
})
