import type { ResponseSchema } from './requestJson'

/** An answer `{ [key]: T }`, validated by `schema` for the value and answered as the value. */
export function field<T>(key: string, schema: ResponseSchema<T>): ResponseSchema<T> {
  return {
    safeParse(data) {
      if (typeof data !== 'object' || data === null || !(key in data)) return { success: false }
      return schema.safeParse((data as Record<string, unknown>)[key])
    },
  }
}

/** Any answer (for requests whose answer is not used). */
export const anyAnswer: ResponseSchema<unknown> = { safeParse: (data) => ({ success: true, data }) }

/** An array of `T`, each validated. */
export function arrayOf<T>(schema: ResponseSchema<T>): ResponseSchema<T[]> {
  return {
    safeParse(data) {
      if (!Array.isArray(data)) return { success: false }
      const items: T[] = []
      for (const item of data) {
        const parsed = schema.safeParse(item)
        if (!parsed.success) return { success: false }
        items.push(parsed.data)
      }
      return { success: true, data: items }
    },
  }
}
