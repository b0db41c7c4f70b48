import type { CatalogueKey } from './catalogue/catalogueKey'
import type { sv } from './catalogue/sv'

/**
 * The types of the message catalogue (`catalogue/`): its locales, the keys the app may ask for and
 * each message's parameters, read from the Swedish texts. Holds no texts itself, so importing it
 * costs nothing at run time.
 */

/** The locales the catalogue covers, the default first. */
export const LOCALES = ['sv-SE', 'en'] as const

/** A supported locale. */
export type Locale = (typeof LOCALES)[number]

/** The plural forms a key may have (Swedish and English need these two). */
type PluralForm = 'one' | 'other'

/** A key the app asks for: a plain message, or a message with plural forms by its base key. */
export type MessageKey =
  | Exclude<CatalogueKey, `${string}_${PluralForm}`>
  | (CatalogueKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never)

type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never

/** The Swedish text of a key (a plural key's `_other` form). */
type TemplateOf<K extends MessageKey> = K extends CatalogueKey
  ? (typeof sv)[K]
  : `${K}_other` extends CatalogueKey
    ? (typeof sv)[`${K}_other`]
    : never

/**
 * The parameters a message takes, read from its Swedish text; a message with plural forms takes
 * `count` too (the number that chooses the form).
 */
export type MessageParams<K extends MessageKey> = Record<PlaceholdersOf<TemplateOf<K>>, string | number> &
  (K extends CatalogueKey ? unknown : { count: number })

/** A key whose message takes no parameters (usable with `t(key)` when the key is a variable). */
export type PlainMessageKey = {
  [K in MessageKey]: keyof MessageParams<K> extends never ? K : never
}[MessageKey]
