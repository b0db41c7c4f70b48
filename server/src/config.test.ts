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

  it('takes SMTP_URL with MAIL_FROM only together, and only smtp(s) addresses', () => {
    const config = readConfig({ SMTP_URL: 'smtps://user:pass@mail.region.se:465', MAIL_FROM: 'Samskriv <s@region.se>' })
    expect(config.SMTP_URL).toBe('smtps://user:pass@mail.region.se:465')
    expect(readConfig({ SMTP_URL: '', MAIL_FROM: '' }).SMTP_URL).toBeUndefined()
    expect(() => readConfig({ SMTP_URL: 'smtp://mail.region.se' })).toThrow(/SMTP_URL and MAIL_FROM go together/)
    expect(() => readConfig({ MAIL_FROM: 's@region.se' })).toThrow(/SMTP_URL and MAIL_FROM go together/)
    expect(() => readConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 's@region.se' })).toThrow(/SMTP_URL: must be smtp/)
  })
})
