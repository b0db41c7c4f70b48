import { describe, expect, it } from 'vitest'
import { readConfig } from './config.js'

describe('readConfig', () => {
  it('uses SQLite and one process without DATABASE_URL and REDIS_URL (empty counts as unset)', () => {
    const config = readConfig({ DATABASE_URL: '', REDIS_URL: '' })
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.REDIS_URL).toBeUndefined()
  })

  it('takes PostgreSQL and Redis addresses', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://samskriv@db/samskriv', REDIS_URL: 'redis://cache:6379' })
    expect(config.DATABASE_URL).toBe('postgres://samskriv@db/samskriv')
    expect(config.REDIS_URL).toBe('redis://cache:6379')
  })

  it('refuses Redis without PostgreSQL, and addresses of another kind', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://cache' })).toThrow(/REDIS_URL needs DATABASE_URL/)
    expect(() => readConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/DATABASE_URL: must start with postgres/)
  })
})
