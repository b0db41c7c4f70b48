import { MESSAGES, type Locale, type MessageKey, type MessageParams } from './messages'

/** The arguments after the key: the parameters object, required exactly when the message has some. */
export type TranslateArgs<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>]

/** The message `key` in `locale`, with each `{name}` replaced by `params.name`. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: TranslateArgs<K>): string {
  const template: string = MESSAGES[locale][key]
  const [params] = args
  if (params === undefined) return template
  const values: Record<string, string | number> = params
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name]
    return value === undefined ? match : String(value)
  })
}
