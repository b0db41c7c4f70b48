import { CloseCode } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import { t } from '../i18n/t'
import { commentRefusalMessage } from './commentRefusalMessage'

describe('commentRefusalMessage', () => {
  it('says which limit a refused comment met, and otherwise that one may not comment', () => {
    expect(commentRefusalMessage(CloseCode.tooManyComments)).toBe('comments.refused.tooMany')
    expect(commentRefusalMessage(CloseCode.commentTooLarge)).toBe('comments.refused.tooLarge')
    expect(commentRefusalMessage(CloseCode.annotationsTooLarge)).toBe('comments.refused.full')
    expect(t(commentRefusalMessage(CloseCode.commentTooLarge))).not.toBe(t('comments.refused'))
    expect(commentRefusalMessage(null)).toBe('comments.refused')
    expect(commentRefusalMessage(CloseCode.forbidden)).toBe('comments.refused')
  })
})
