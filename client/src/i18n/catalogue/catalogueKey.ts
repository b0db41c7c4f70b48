import type { sv } from './sv'

/** The catalogue's keys as written (plural forms end in `_one` and `_other`). */
export type CatalogueKey = keyof typeof sv
