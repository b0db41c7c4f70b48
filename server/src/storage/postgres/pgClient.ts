import pg from 'pg'

/** A pool or one of its clients: anything that runs a query. */
export type Queryable = Pick<pg.ClientBase, 'query'>

const INT8 = 20 as number

/** BIGINT (sequence numbers, counts) as a JavaScript number: every value we store is far below 2^53. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === INT8 && format !== 'binary') return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown
  },
}

/**
 * A connection pool to `url`. Every session commits synchronously (`synchronous_commit = on`, so a
 * COMMIT returns only once the WAL is flushed to disk) and, when a schema is given, works in it.
 */
export function createPool(url: string, options: { schema?: string; max?: number } = {}): pg.Pool {
  const settings = ['-c synchronous_commit=on', ...(options.schema ? [`-c search_path=${options.schema}`] : [])]
  return new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: settings.join(' '),
    types,
    application_name: 'samskriv',
  })
}

/** Runs `work` in one transaction on one client of the pool; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken = false
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true))
    throw error
  } finally {
    client.release(broken)
  }
}

/** A Uint8Array as the Buffer pg sends as bytea, without copying. */
export const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
