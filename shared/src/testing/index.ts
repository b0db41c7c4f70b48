// Helpers for tests in every workspace (not part of the app): `@samskriv/shared/testing`.
export * from './typedAsIntended.js'
export * from './seededRandom.js'
