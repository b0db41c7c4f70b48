import { loadSigningKey } from './accounts/signingKey.js'
import { readConfig } from './config.js'
import { createServer } from './createServer.js'
import { openStorage, storageDescription } from './storage/openStorage.js'

const config = readConfig(process.env)
const storage = await openStorage(config, (error) => console.error(`PostgreSQL connection error: ${error.message}`))
const redisUrl = config.REDIS_URL
// The Redis client is loaded only when Redis is configured (a single process never holds it).
const redis = redisUrl ? await import('ioredis') : null
const RedisBus = redisUrl ? (await import('./relay/bus/RedisBus.js')).RedisBus : null
// Sign-in attempts are counted in Redis, failing fast (each process counts alone meanwhile).
const rateLimitRedis =
  redisUrl && redis
    ? new redis.Redis(redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: (n) => Math.min(50 * n, 1000),
      })
    : undefined
rateLimitRedis?.on('error', () => {
  // The bus logs Redis's problems; counting falls back to this process meanwhile.
})
const server = await createServer({
  storage,
  clientDir: config.CLIENT_DIR,
  logLevel: config.LOG_LEVEL,
  ...(redisUrl && RedisBus ? { bus: (log) => RedisBus.connect(redisUrl, log) } : {}),
  ...(rateLimitRedis ? { rateLimitRedis } : {}),
  openMode: config.OPEN_MODE,
  historyQuietMs: config.HISTORY_QUIET_SECONDS * 1000,
  publicUrl: config.PUBLIC_URL,
  trustProxy: config.TRUST_PROXY,
  signingKey: loadSigningKey({ fromEnvironment: config.RELAY_TOKEN_KEY, file: config.RELAY_TOKEN_KEY_FILE }),
  ...(config.SMTP_URL && config.MAIL_FROM ? { mail: { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM } } : {}),
})
const port = await server.listen(config.PORT, config.HOST)
const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST
const base = config.PUBLIC_URL ?? `http://${shownHost}:${port}`
console.log(
  `Samskriv is running at http://${shownHost}:${port} (data in ${storageDescription(config)}${redisUrl ? ', relays joined through Redis' : ''})`,
)
if (config.SMTP_URL && !config.PUBLIC_URL) {
  console.log(`E-mail links point at ${base}: set PUBLIC_URL to the address people use.`)
}
if (server.setupToken) {
  console.log(
    (config.OPEN_MODE
      ? 'No accounts yet, and OPEN_MODE=1: anyone who reaches the server may use it.'
      : 'No accounts yet: the server refuses everything until the first administrator exists.') +
      `\nCreate the first administrator at\n  ${base}/installera?token=${server.setupToken}\n` +
      `or from the command line: npm run samskriv -- user create --email … --name … --password … --admin`,
  )
} else if (config.OPEN_MODE) {
  console.log('OPEN_MODE=1 has no effect: accounts exist, so people sign in.')
}

let stopping = false
async function stop(signal: string): Promise<void> {
  if (stopping) {
    // A second signal: the operator insists.
    process.exit(1)
  }
  stopping = true
  server.app.log.info({ signal }, 'shutting down')
  try {
    await server.close()
    rateLimitRedis?.disconnect()
    process.exit(0)
  } catch (error) {
    server.app.log.error({ err: error }, 'shutdown failed')
    process.exit(1)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
