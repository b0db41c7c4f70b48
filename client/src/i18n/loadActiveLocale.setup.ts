import { activeLocale } from './activeLocale'
import { loadLocale } from './loadLocale'

// Client unit tests run in happy-dom, whose browser prefers English: load the English catalogue
// before any test renders, as `main.tsx` does before the first render.
await loadLocale(activeLocale)
