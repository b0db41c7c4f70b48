import { MAX_TITLE_LENGTH, titleSchema } from '@samskriv/shared'
import { t } from '../i18n/t'

/** The message explaining why `value` is not a valid title, or null when it is. */
export function validateTitle(value: string): string | null {
  if (titleSchema.safeParse(value).success) return null
  return value.trim() === '' ? t('validation.titleRequired') : t('validation.titleTooLong', { max: MAX_TITLE_LENGTH })
}
