import { describe, expect, it } from 'vitest'
import { may, permits, roleFor, type MeResponse } from '@samskriv/shared'
import { policySubject } from './policySubject'

const anna = { id: 'u1', email: 'anna@example.se', name: 'Anna', isAdmin: false, status: 'active' as const }
const membership = (groupId: string, role: 'reader' | 'commenter' | 'editor' | 'coordinator') => ({
  groupId,
  groupName: groupId,
  userId: 'u1',
  userName: 'Anna',
  email: 'anna@example.se',
  role,
})
const me = (overrides: Partial<MeResponse>): MeResponse => ({
  authRequired: true,
  setupRequired: false,
  user: anna,
  memberships: [],
  ...overrides,
})
const draft = { status: 'draft' as const, approvedVersion: null }
const approved = { status: 'approved' as const, approvedVersion: 3 }

describe('policySubject with the shared rules', () => {
  it('makes everyone a coordinator in open mode, nobody anything during setup', () => {
    expect(roleFor(policySubject(me({ authRequired: false, user: null })), null)).toBe('coordinator')
    expect(roleFor(policySubject(null), 'g1')).toBe('coordinator')
    expect(roleFor(policySubject(me({ setupRequired: true, user: null })), null)).toBeNull()
  })

  it('uses the role in the owning group, with the lock as its own input', () => {
    const subject = policySubject(me({ memberships: [membership('g1', 'commenter'), membership('g2', 'editor')] }))
    expect(roleFor(subject, 'g1')).toBe('commenter')
    // A commenter is offered neither rename nor the trash; an editor both, on a draft only.
    expect(may(subject, 'rename', { groupId: 'g1', ...draft })).toBe(false)
    expect(may(subject, 'trash', { groupId: 'g1', ...draft })).toBe(false)
    expect(may(subject, 'comment', { groupId: 'g1', ...approved })).toBe(true)
    expect(may(subject, 'rename', { groupId: 'g2', ...draft })).toBe(true)
    expect(may(subject, 'rename', { groupId: 'g2', ...approved })).toBe(false)
    expect(may(subject, 'trash', { groupId: 'g2', ...draft })).toBe(true)
    expect(may(subject, 'trash', { groupId: 'g2', status: 'draft', approvedVersion: 1 })).toBe(false)
    expect(permits('coordinator', 'trash', approved)).toBe(true)
    expect(roleFor(subject, 'g3')).toBeNull()
  })

  it('makes administrators coordinators of every document', () => {
    expect(roleFor(policySubject(me({ user: { ...anna, isAdmin: true } })), null)).toBe('coordinator')
  })
})
