/**
 * What a relay connection may do, decided once when it authenticates: `read` receives only,
 * `comment` may also write the annotations room, `edit` may also write content.
 */
export const RELAY_ACCESS = ['read', 'comment', 'edit'] as const
export type RelayAccess = (typeof RELAY_ACCESS)[number]
