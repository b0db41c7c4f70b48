import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../api/ApiRequestError'
import { t } from '../i18n/t'
import { describeAuthError, validateNewPassword } from './describeAuthError'
import { safeReturnPath } from './safeReturnPath'

describe('describeAuthError', () => {
  it.each([
    [new ApiRequestError('rejected', 'x', 401, 'bad_credentials'), t('auth.error.badCredentials')],
    [new ApiRequestError('server', 'x', 429, 'rate_limited'), t('auth.error.rateLimited')],
    [new ApiRequestError('network', 'x'), t('auth.error.network')],
    [new ApiRequestError('rejected', 'x', 400, 'badInvitation'), t('auth.error.badInvitation')],
    [new ApiRequestError('rejected', 'x', 409, 'setupDone'), t('auth.error.setupDone')],
    [new Error('boom'), t('auth.error.unknown')],
  ])('describes %s from the catalogue', (error, text) => {
    expect(describeAuthError(error)).toBe(text)
  })
})

describe('validateNewPassword', () => {
  it('wants ten characters and the same twice', () => {
    expect(validateNewPassword('kort', 'kort').password).toBe(t('auth.passwordTooShort', { min: 10 }))
    expect(validateNewPassword('ett långt lösenord', 'ett annat').repeated).toBe(t('auth.passwordMismatch'))
    expect(validateNewPassword('ett långt lösenord', 'ett långt lösenord')).toEqual({})
  })
})

describe('safeReturnPath', () => {
  it('returns only to paths inside the app', () => {
    expect(safeReturnPath('/dokument/abc?x=1')).toBe('/dokument/abc?x=1')
    expect(safeReturnPath('//evil.example')).toBe('/')
    expect(safeReturnPath('https://evil.example')).toBe('/')
    expect(safeReturnPath('/\\evil.example')).toBe('/')
    expect(safeReturnPath(null)).toBe('/')
  })
})
