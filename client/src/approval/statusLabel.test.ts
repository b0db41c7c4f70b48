import { describe, expect, it } from 'vitest'
import { t } from '../i18n/t'
import { lockLabel } from './statusLabel'

describe('status labels', () => {
  it('names each lock state', () => {
    expect(lockLabel({ state: 'draft' })).toBe(t('status.draft'))
    expect(lockLabel({ state: 'frozen', round: 1 })).toBe(t('status.frozen'))
    expect(lockLabel({ state: 'approved', version: 3 })).toBe(t('status.approved', { version: 3 }))
    expect(lockLabel({ state: 'approved', version: 3 })).toContain('3')
  })
})
