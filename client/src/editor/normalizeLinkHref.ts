import { ALLOWED_LINK_PROTOCOLS } from '@samskriv/shared'

const EMAIL = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/
const PHONE = /^\+?[\d\s-]{6,}$/
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

/**
 * Turns what someone typed as a link into an href the body schema accepts: a bare address gets
 * `https://`, an e-mail address `mailto:`, a phone number `tel:`. Null when it cannot be a link
 * (empty, unparseable, or a protocol such as `javascript:`).
 */
export function normalizeLinkHref(input: string): string | null {
  const value = input.trim()
  if (value === '') return null
  const href = EMAIL.test(value)
    ? `mailto:${value}`
    : PHONE.test(value)
      ? `tel:${value.replace(/[\s-]/g, '')}`
      : HAS_SCHEME.test(value) && !/^[^:]+:\d/.test(value)
        ? value
        : `https://${value}`
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  const protocol = url.protocol.slice(0, -1)
  if (!ALLOWED_LINK_PROTOCOLS.some((allowed) => allowed === protocol)) return null
  if ((protocol === 'http' || protocol === 'https') && url.hostname === '') return null
  return href
}
