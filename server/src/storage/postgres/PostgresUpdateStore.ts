import type pg from 'pg'
import { DocumentLockedError, type AppendGuard, type StoredUpdates, type UpdateStore } from '../Storage.js'
import { inTransaction, toBuffer, type Queryable } from './pgClient.js'

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

/** Ensures the room has a head row (a room nobody wrote to yet has none). */
const ensureHead = (q: Queryable, room: string) =>
  q.query('INSERT INTO room_heads (room, last_seq) VALUES ($1, 0) ON CONFLICT (room) DO NOTHING', [room])

async function entriesSince(q: Queryable, room: string, afterSeq: number): Promise<StoredUpdates> {
  // One statement, one snapshot: a separate read of the head could see an append committed after
  // this one ran, and claim entries it never returned.
  const { rows } = await q.query<{ seq: number; data: Buffer }>(
    'SELECT seq, data FROM room_updates WHERE room = $1 AND seq > $2 ORDER BY seq',
    [room, afterSeq],
  )
  return { updates: rows.map((r) => bytes(r.data)), lastSeq: rows.at(-1)?.seq ?? afterSeq }
}

/**
 * The update log in PostgreSQL. An append takes its room's head row (a row lock), so appends of
 * several processes to one room commit one after another with increasing sequence numbers, and a
 * transition ({@link exclusive}) holding that row keeps every other process from appending.
 */
export class PostgresUpdateStore implements UpdateStore {
  constructor(private readonly pool: pg.Pool) {}

  load(room: string): Promise<StoredUpdates> {
    return entriesSince(this.pool, room, 0)
  }

  loadSince(room: string, afterSeq: number): Promise<StoredUpdates> {
    return entriesSince(this.pool, room, afterSeq)
  }

  append(room: string, updates: readonly Uint8Array[], guard?: AppendGuard): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ last_seq: number }>(
        `INSERT INTO room_heads (room, last_seq) VALUES ($1, $2)
         ON CONFLICT (room) DO UPDATE SET last_seq = room_heads.last_seq + excluded.last_seq RETURNING last_seq`,
        [room, updates.length],
      )
      const last = rows[0]!.last_seq
      if (guard) {
        // Read after the head row is ours: a transition that held it has committed by now.
        const status = await client.query<{ status: string }>('SELECT status FROM documents WHERE id = $1', [
          guard.whileDraft,
        ])
        const current = status.rows[0]?.status
        if (current !== undefined && current !== 'draft') throw new DocumentLockedError(guard.whileDraft)
      }
      const first = last - updates.length + 1
      await client.query(
        'INSERT INTO room_updates (room, seq, data) SELECT $1, s, d FROM unnest($2::bigint[], $3::bytea[]) AS t(s, d)',
        [room, updates.map((_, i) => first + i), updates.map(toBuffer)],
      )
      return last
    })
  }

  async compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await ensureHead(client, room)
      const { rows } = await client.query<{ snapshot_seq: number }>(
        'SELECT snapshot_seq FROM room_heads WHERE room = $1 FOR UPDATE',
        [room],
      )
      // Another process compacted further already: its snapshot holds everything this one does.
      if ((rows[0]?.snapshot_seq ?? 0) >= throughSeq) return
      await client.query('DELETE FROM room_updates WHERE room = $1 AND seq <= $2', [room, throughSeq])
      await client.query('INSERT INTO room_updates (room, seq, data) VALUES ($1, $2, $3)', [
        room,
        throughSeq,
        toBuffer(snapshot),
      ])
      await client.query('UPDATE room_heads SET snapshot_seq = $2 WHERE room = $1', [room, throughSeq])
    })
  }

  exclusive<T>(room: string, afterSeq: number, work: (missed: StoredUpdates) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await ensureHead(client, room)
      await client.query('SELECT last_seq FROM room_heads WHERE room = $1 FOR UPDATE', [room])
      return work(await entriesSince(client, room, afterSeq))
    })
  }
}
