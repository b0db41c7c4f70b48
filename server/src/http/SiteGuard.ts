import { isIP } from 'node:net'
import type { IncomingHttpHeaders } from 'node:http'

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase()

const isLoopback = (hostname: string) => {
  const name = bare(hostname)
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name)
}

/**
 * Which site the server is: requests must name it in `Host` (DNS rebinding sends the attacker's
 * name), and browsers' `Origin` must be it for state-changing requests and websocket upgrades
 * (cross-site requests and websocket reads). With `PUBLIC_URL` that is its host (and the loopback
 * names, for the machine itself); without, any IP address or `localhost`, never a DNS name.
 */
export class SiteGuard {
  private readonly publicUrl: URL | null

  constructor(publicUrl?: string) {
    this.publicUrl = publicUrl === undefined ? null : new URL(publicUrl)
  }

  /** Whether a `Host` header names this server (a request without one comes from no browser). */
  hostAllowed(host: string | undefined): boolean {
    if (host === undefined) return true
    const url = parse(`http://${host}`)
    if (url === null || url.username !== '' || url.pathname !== '/') return false
    if (isLoopback(url.hostname)) return true
    if (this.publicUrl !== null) return url.host.toLowerCase() === this.publicUrl.host.toLowerCase()
    return isIP(bare(url.hostname)) !== 0
  }

  /**
   * Whether a browser's `Origin` is this site: the public URL's origin, or the origin the `Host`
   * header names. No `Origin` (not a browser, or a same-origin GET) is allowed; `null` or a
   * malformed one is not.
   */
  originAllowed(headers: IncomingHttpHeaders): boolean {
    const origin = headers.origin
    if (origin === undefined) return true
    const url = parse(origin)
    if (url === null || url.origin === 'null') return false
    if (this.publicUrl !== null && url.origin === this.publicUrl.origin) return true
    return headers.host !== undefined && url.host.toLowerCase() === headers.host.toLowerCase()
  }

  /** Why an HTTP request or websocket upgrade is refused, or null when it may go on. */
  problem(headers: IncomingHttpHeaders, stateChanging: boolean): 'host' | 'origin' | null {
    if (!this.hostAllowed(headers.host)) return 'host'
    if (stateChanging && (headers['sec-fetch-site'] === 'cross-site' || !this.originAllowed(headers))) return 'origin'
    return null
  }

  /** Where links people open start: the public URL, else what the request was addressed to. */
  linkBase(protocol: string, host: string | undefined): string {
    return this.publicUrl?.origin ?? `${protocol}://${host ?? 'localhost'}`
  }

  /** Whether the site is served over HTTPS as people reach it. */
  get isHttps(): boolean {
    return this.publicUrl?.protocol === 'https:'
  }
}

/** A URL as it may be logged: the values of one-time tokens (setup, invitation, relay) removed. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&](?:token|invitetoken|setuptoken)=)[^&#]*/gi, '$1[redacted]')
}
