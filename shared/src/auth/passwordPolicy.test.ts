import { describe, expect, it } from 'vitest'
import { passwordProblem } from './passwordPolicy.js'

describe('passwordProblem', () => {
  it('refuses passwords that are easy to guess', () => {
    expect(passwordProblem('kort')).toBe('tooShort')
    expect(passwordProblem('aaaaaaaaaa')).toBe('repetitive')
    expect(passwordProblem('abababababab')).toBe('repetitive')
    expect(passwordProblem('1234567890')).toBe('repetitive')
    expect(passwordProblem('abcdefghijkl')).toBe('repetitive')
    expect(passwordProblem('qwertyuiop12')).toBe('repetitive')
    expect(passwordProblem('Sommar2024!')).toBe('common')
    expect(passwordProblem('Password1234')).toBe('common')
    expect(passwordProblem('Lösenord123!')).toBe('common')
    expect(passwordProblem('annaandersson1', { email: 'anna.andersson@example.se' })).toBe('personal')
    expect(passwordProblem('Andersson2024', { name: 'Anna Andersson' })).toBe('personal')
  })

  it('accepts passphrases and random passwords', () => {
    expect(passwordProblem('ett långt lösenord')).toBeNull()
    expect(passwordProblem('korrekt häst batteri häftklammer')).toBeNull()
    expect(passwordProblem('x7#Lq9!vTz2m')).toBeNull()
    expect(passwordProblem('Anna tycker om blåbär', { name: 'Anna Andersson' })).toBeNull()
  })
})
