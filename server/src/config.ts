import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const here = path.dirname(fileURLToPath(import.meta.url))

/** A variable set to the empty string counts as not set. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema)

const flag = z
  .enum(['', '0', '1', 'false', 'true'])
  .default('')
  .transform((v) => v === '1' || v === 'true')

/** Configuration from the environment; every variable is listed in the README. */
const configSchema = z.object({
  /** TCP port for the app, the API and the relay. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Interface to listen on; 0.0.0.0 to serve tablets on the local network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the SQLite database lives. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** The built client to serve. */
  CLIENT_DIR: z.string().min(1).default(path.resolve(here, '../../client/dist')),
  /** pino log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL instead of SQLite (postgres://…): needed for more than one process. */
  DATABASE_URL: unsetWhenEmpty(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** Redis (redis://…): relay processes serving the same documents reach each other through it. */
  REDIS_URL: unsetWhenEmpty(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
  ),
  /** 1: without accounts, anyone who reaches the server may use it (a single-user machine, benchmarks). */
  OPEN_MODE: flag,
  /** The address people use, e.g. https://samskriv.example.se: checked against Host and Origin, used in links. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .transform((v) => (v === undefined ? undefined : new URL(v).origin)),
  /** Which reverse proxies to believe about the client's address and protocol (see the README). */
  TRUST_PROXY: z.string().optional(),
  /** Seconds a draft must go without an edit before its history takes a snapshot (default 120). */
  HISTORY_QUIET_SECONDS: z.coerce.number().positive().max(86_400).default(120),
  /**
   * An SMTP server for e-mail notifications (smtp://user:pass@host:587, smtps://…:465); without it
   * no e-mail is sent. Needs MAIL_FROM.
   */
  SMTP_URL: unsetWhenEmpty(
    z
      .string()
      .regex(/^smtps?:\/\/[^/?#]+/, 'must be smtp://… or smtps://… with a host')
      .optional(),
  ),
  /** The sender of e-mail notifications, e.g. `Samskriv <samskriv@region.se>`. */
  MAIL_FROM: unsetWhenEmpty(z.string().min(3).max(300).includes('@').optional()),
  /** The relay token key itself (at least 32 characters); else it is read from RELAY_TOKEN_KEY_FILE. */
  RELAY_TOKEN_KEY: z.string().optional(),
  /** The relay token key file, made with mode 0600 if missing (default: DATA_DIR/relay-token.key). */
  RELAY_TOKEN_KEY_FILE: z.string().min(1).optional(),
})

export type Config = Omit<z.infer<typeof configSchema>, 'RELAY_TOKEN_KEY_FILE' | 'TRUST_PROXY'> & {
  readonly RELAY_TOKEN_KEY_FILE: string
  readonly TRUST_PROXY: TrustProxy
}

/** Fastify's `trustProxy`: off, every proxy, the nearest N hops, or the proxies' addresses (CIDR). */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean)

function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? ''
  if (text === '' || text === 'false' || text === '0') return false
  if (text === 'true') return true
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return (_address, hop) => hop < hops
  }
  return text.split(',').map((part) => part.trim())
}

/** Reads and validates the configuration; throws a readable message for a bad value. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  if (result.data.REDIS_URL && !result.data.DATABASE_URL) {
    throw new Error(
      'Invalid configuration: REDIS_URL needs DATABASE_URL (processes share their documents through PostgreSQL; SQLite serves one process).',
    )
  }
  if (Boolean(result.data.SMTP_URL) !== Boolean(result.data.MAIL_FROM)) {
    throw new Error('Invalid configuration: SMTP_URL and MAIL_FROM go together (e-mail needs a server and a sender).')
  }
  const dataDir = path.resolve(result.data.DATA_DIR)
  return {
    ...result.data,
    DATA_DIR: dataDir,
    CLIENT_DIR: path.resolve(result.data.CLIENT_DIR),
    RELAY_TOKEN_KEY_FILE: path.resolve(result.data.RELAY_TOKEN_KEY_FILE ?? path.join(dataDir, 'relay-token.key')),
    TRUST_PROXY: parseTrustProxy(result.data.TRUST_PROXY),
  }
}
