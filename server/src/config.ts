import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const here = path.dirname(fileURLToPath(import.meta.url))

/** A variable set to the empty string counts as not set. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema)

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
})

export type Config = z.infer<typeof configSchema>

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
  return {
    ...result.data,
    DATA_DIR: path.resolve(result.data.DATA_DIR),
    CLIENT_DIR: path.resolve(result.data.CLIENT_DIR),
  }
}
