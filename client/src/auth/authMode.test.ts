import { describe, expect, it } from 'vitest'
import type { MeResponse } from '@samskriv/shared'
import { authMode } from './authMode'

const anna = { id: 'u1', email: 'anna@example.se', name: 'Anna Andersson', isAdmin: false, status: 'active' as const }
const me = (patch: Partial<MeResponse>): MeResponse => ({
  authRequired: true,
  setupRequired: false,
  user: null,
  memberships: [],
  ...patch,
})

describe('authMode', () => {
  it('waits for the device’s stored answer', () => {
    expect(authMode({ source: 'loading', me: null })).toEqual({ kind: 'loading' })
  })

  it('runs open when the server has no accounts, or was never reached', () => {
    expect(authMode({ source: 'server', me: me({ authRequired: false }) })).toEqual({ kind: 'open' })
    expect(authMode({ source: 'unknown', me: null })).toEqual({ kind: 'open' })
  })

  it('keeps a device that was signed in signed in while the server is out of reach', () => {
    expect(authMode({ source: 'device', me: me({ user: anna }) })).toEqual({ kind: 'signedIn', user: anna })
  })

  it('says the server must be set up while it has no account and is not open', () => {
    expect(authMode({ source: 'server', me: me({ setupRequired: true }) })).toEqual({ kind: 'setup' })
  })

  it('asks for sign-in when the server has accounts and nobody is signed in', () => {
    expect(authMode({ source: 'server', me: me({}) })).toEqual({ kind: 'signedOut' })
  })
})
