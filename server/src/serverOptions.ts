import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import type { HttpLimits } from '@samskriv/shared'
import type { AccountService } from './accounts/AccountService.js'
import type { TrustProxy } from './config.js'
import type { Logger } from './Logger.js'
import type { MailOptions, MailService } from './mail/startMail.js'
import type { NoticeHub } from './notices/NoticeHub.js'
import type { RelayBus } from './relay/bus/RelayBus.js'
import type { Relay, RelayLimits } from './relay/Relay.js'
import type { Storage } from './storage/Storage.js'

/** What `createServer` is given: storage, the client's files, limits and optional services. */
export interface ServerOptions {
  readonly storage: Storage
  /** The built client (client/dist); the API and relay work without it. */
  readonly clientDir: string
  /** A pino level, or false for no logging (tests). */
  readonly logLevel?: string | false
  /** Where log lines go (default stdout); tests capture them. */
  readonly logStream?: { write(line: string): void }
  /** Relay limits to override (tests use small ones). */
  readonly limits?: Partial<RelayLimits>
  /** HTTP API limits to override (tests use small ones). */
  readonly httpLimits?: Partial<HttpLimits>
  /** Largest JSON request body, in bytes. */
  readonly bodyLimitBytes?: number
  /**
   * How long a client may take to send a request's headers (also a websocket upgrade's), and the
   * whole request; a connection that is slower is closed, so half-open handshakes cannot pile up.
   */
  readonly headersTimeoutMs?: number
  readonly requestTimeoutMs?: number
  /** Compaction thresholds of the relay's update logs. */
  readonly compactAfterEntries?: number
  /** How long a draft must go without an edit before its history takes a snapshot (default 2 minutes). */
  readonly historyQuietMs?: number
  /** Connects the relay to other relay processes (Redis); default: this process alone. */
  readonly bus?: (log: Logger) => Promise<RelayBus>
  /**
   * OPEN_MODE=1: while no account exists, anyone who reaches the server may use it. Otherwise a
   * server without accounts refuses everything but the first administrator's setup.
   */
  readonly openMode?: boolean
  /** The address people use (PUBLIC_URL): checked against Host and Origin, used in links. */
  readonly publicUrl?: string | undefined
  /** Which reverse proxies to believe about the client's address and protocol. */
  readonly trustProxy?: TrustProxy
  /**
   * A Redis connection (REDIS_URL) in which sign-in attempts are counted, so the limit holds across
   * processes; default: each process counts its own. Its owner closes it.
   */
  readonly rateLimitRedis?: Redis
  /** The relay token signing key (from the key file or environment); tests get a random one. */
  readonly signingKey?: Uint8Array
  /** E-mail notifications (SMTP_URL, MAIL_FROM); none without. */
  readonly mail?: MailOptions
}

/** A running Samskriv server: the HTTP API, the built client and the relay on one port. */
export interface SamskrivServer {
  readonly app: FastifyInstance
  readonly relay: Relay
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>
  /** Closes connections (1001), stores everything queued, compacts, and closes storage. */
  close(): Promise<void>
  /** While no account exists: the one-time token of the setup link (`/installera?token=…`). */
  readonly setupToken: string | null
  readonly accounts: AccountService
  /** The notices to people's apps (`/notices`). */
  readonly notices: NoticeHub
  /** The e-mail notifications, when configured. */
  readonly mail: MailService | null
}
