import type { z } from 'zod'
import { ApiRequestError } from './ApiRequestError.js'

/** Validates request input with a shared schema; throws a 400 that lists every problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new ApiRequestError(
    400,
    'invalid_request',
    `The ${what} is not valid.`,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  )
}
