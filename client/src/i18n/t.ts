import { activeLocale } from './activeLocale'
import type { MessageKey } from './messages'
import { translate, type TranslateArgs } from './translate'

/** A UI text in the active locale: `t('header.user', { name })`. */
export function t<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): string {
  return translate(activeLocale, key, ...args)
}
