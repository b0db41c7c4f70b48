import { lookUp } from './i18n'
import type { Locale, MessageKey, MessageParams } from './messages'

/** The arguments after the key: the parameters object, required exactly when the message has some. */
export type TranslateArgs<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>]

/**
 * The message `key` in `locale`, with each `{name}` replaced by `params.name`; a message with plural
 * forms (`key_one`, `key_other`) takes `count` and is given in the form the locale's rules choose.
 */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: TranslateArgs<K>): string {
  const [params] = args
  return lookUp(locale, key, params)
}
