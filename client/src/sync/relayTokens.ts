import { CLIENT_PARAMS, CloseCode, type RelayTokenResponse, type Room } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { retryDelayMs as defaultRetryDelayMs } from './retryDelayMs'

/** Where relay tokens come from: the sign-in state and `GET /api/documents/:id/token`. */
export interface RelayTokenSource {
  /** Whether the relay wants a token (the server has accounts, as `GET /api/auth/me` last said). */
  required(): boolean
  /** A fresh token for the room's document; rejects with an {@link ApiRequestError}. */
  fetch(room: Room): Promise<RelayTokenResponse>
}

/** The part of y-websocket's `WebsocketProvider` this module drives. */
export interface TokenProvider {
  /** Read at every connection attempt to build the URL. */
  params: Record<string, string>
  connect(): void
  disconnect(): void
  on(name: 'closed', listener: (event: { code: number }) => void): unknown
  on(name: 'sync', listener: (synced: boolean) => void): unknown
  off(name: 'closed', listener: (event: { code: number }) => void): unknown
  off(name: 'sync', listener: (synced: boolean) => void): unknown
}

/**
 * Why the relay will not be reached with a token: no access to the document, no such document, or
 * not signed in.
 */
export type RelayTokenRefusal = 'forbidden' | 'notFound' | 'signedOut'

/** Options of {@link attachRelayToken}. */
export interface RelayTokenOptions {
  source: RelayTokenSource
  /** The relay is out of reach for good (4403, the token endpoint's 403, 404 or 401): stop trying. */
  onRefused: (refusal: RelayTokenRefusal) => void
  /** No token could be fetched for now (offline, server down); it is tried again with backoff. */
  onUnavailable?: (error: unknown) => void
  /** Milliseconds before token fetch retry number `attempt`. */
  retryDelayMs?: (attempt: number) => number
  /** Refresh this long before a token expires (default 60 s). */
  refreshMarginMs?: number
  now?: () => number
}

/** A provider's connection with tokens: use its `connect`/`disconnect` instead of the provider's. */
export interface RelayTokenHandle {
  /** Connects (fetching a token first when one is needed). */
  connect(): void
  /** Disconnects and stops refreshing. */
  disconnect(): void
  /** Whether close `code` is this module's to handle (4401: it fetches a new token and reconnects). */
  handlesClose(code: number): boolean
  destroy(): void
}

/** 4401 right after a fresh token this many times in a row: the account is gone or signed out. */
const MAX_UNAUTHORIZED_IN_A_ROW = 2

/**
 * Gives a provider the relay token it connects with. When the server has accounts it fetches a
 * token before connecting (the provider must be created with `connect: false`), puts it in
 * `provider.params.token` (y-websocket builds the URL from `params` at each attempt), refreshes it
 * before it expires so automatic reconnects use a valid one, and after a 4401 close fetches a new
 * one and connects again. 4403, or the token endpoint saying the document is not there for this
 * person, ends it (`onRefused`). In open mode it connects without a token; a 4401 then means the
 * server got accounts meanwhile, and it fetches one.
 */
export function attachRelayToken(provider: TokenProvider, room: Room, options: RelayTokenOptions): RelayTokenHandle {
  const now = options.now ?? Date.now
  const delay = options.retryDelayMs ?? defaultRetryDelayMs
  const margin = options.refreshMarginMs ?? 60_000
  let wanted = false
  let destroyed = false
  let fetching = false
  /** Connect as soon as the token being fetched arrives. */
  let connectWhenFetched = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let failedFetches = 0
  let unauthorizedInARow = 0
  let tokenExpiresAt = 0

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  const schedule = (ms: number, action: () => void): void => {
    clearTimer()
    timer = setTimeout(() => {
      timer = null
      action()
    }, ms)
  }

  const refuse = (refusal: RelayTokenRefusal): void => {
    wanted = false
    connectWhenFetched = false
    clearTimer()
    provider.disconnect()
    options.onRefused(refusal)
  }

  /** Fetches a token; then connects when `connectAfter` (and the connection is still wanted). */
  const fetchToken = (connectAfter: boolean): void => {
    if (connectAfter) connectWhenFetched = true
    if (fetching || destroyed) return
    clearTimer()
    fetching = true
    options.source.fetch(room).then(
      ({ token, expiresAt }) => {
        fetching = false
        if (destroyed || !wanted) return
        failedFetches = 0
        provider.params = { ...provider.params, [CLIENT_PARAMS.token]: token }
        tokenExpiresAt = Date.parse(expiresAt)
        schedule(Math.max(5_000, tokenExpiresAt - now() - margin), () => fetchToken(false))
        if (connectWhenFetched) provider.connect()
        connectWhenFetched = false
      },
      (error: unknown) => {
        fetching = false
        if (destroyed || !wanted) return
        if (error instanceof ApiRequestError && error.kind === 'rejected') {
          if (error.status === 401) return refuse('signedOut')
          if (error.status === 403) return refuse('forbidden')
          if (error.status === 404) return refuse('notFound')
        }
        failedFetches += 1
        options.onUnavailable?.(error)
        // A refresh that failed is tried again only when the token is needed (the next connect).
        schedule(delay(failedFetches), () => fetchToken(false))
      },
    )
  }

  const handleClosed = ({ code }: { code: number }): void => {
    if (!wanted) return
    if (code === CloseCode.forbidden) return refuse('forbidden')
    if (code !== CloseCode.unauthorized) return
    unauthorizedInARow += 1
    if (unauthorizedInARow > MAX_UNAUTHORIZED_IN_A_ROW) return refuse('signedOut')
    tokenExpiresAt = 0
    fetchToken(true)
  }

  const handleSync = (synced: boolean): void => {
    if (synced) unauthorizedInARow = 0
  }

  provider.on('closed', handleClosed)
  provider.on('sync', handleSync)

  return {
    connect() {
      if (destroyed) return
      wanted = true
      const valid = tokenExpiresAt - now() > 5_000
      if (!options.source.required() || valid) provider.connect()
      else fetchToken(true)
    },
    disconnect() {
      wanted = false
      connectWhenFetched = false
      clearTimer()
      provider.disconnect()
    },
    handlesClose: (code) => code === CloseCode.unauthorized,
    destroy() {
      destroyed = true
      wanted = false
      clearTimer()
      provider.off('closed', handleClosed)
      provider.off('sync', handleSync)
    },
  }
}
