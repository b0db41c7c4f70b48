import { describe, expect, it } from 'vitest'
import { t } from '../i18n/t'
import { lockLabel, summaryStatusLabel } from './statusLabel'

describe('status labels', () => {
  it('names each lock state', () => {
    expect(lockLabel({ state: 'draft' })).toBe(t('status.draft'))
    expect(lockLabel({ state: 'frozen', round: 1 })).toBe(t('status.frozen'))
    expect(lockLabel({ state: 'approved', version: 3 })).toBe(t('status.approved', { version: 3 }))
    expect(lockLabel({ state: 'approved', version: 3 })).toContain('3')
  })

  it('names the server’s statuses the same way', () => {
    expect(summaryStatusLabel({ status: 'draft', approvedVersion: 2 })).toBe(lockLabel({ state: 'draft' }))
    expect(summaryStatusLabel({ status: 'justering', approvedVersion: null })).toBe(
      lockLabel({ state: 'frozen', round: 1 }),
    )
    expect(summaryStatusLabel({ status: 'approved', approvedVersion: 2 })).toBe(
      lockLabel({ state: 'approved', version: 2 }),
    )
  })
})
