import type { RoomSnapshot } from './RoomSession'

/**
 * How a background sync of one room ended. `synced`: the relay acknowledged everything.
 * `unreachable`: offline, the relay could not be reached or closed the connection with "later",
 * or it took too long — worth trying again later. `refused`: the relay refused the room
 * (malformed, too large again and again, written by a newer version, no right to write) or the
 * device's storage fails — trying again as is will not help.
 */
export type StoredChangesSync = 'synced' | 'unreachable' | 'refused'

/** A session of a room, as {@link syncUntilSettled} drives it. */
export interface SettlingSession<S extends RoomSnapshot> {
  start(): Promise<void>
  subscribe(listener: () => void): () => void
  getSnapshot(): S
  flush(): Promise<void>
  destroy(): void
}

/**
 * Runs a session without any view until the relay has acknowledged what the device holds (and
 * the device stored what the relay sent), then closes it. Gives up at the first failed connection
 * (the caller retries with its own backoff rather than one session per room waiting out the
 * timeout). Never rejects.
 */
export function syncUntilSettled<S extends RoomSnapshot>(
  session: SettlingSession<S>,
  { timeoutMs = 30_000, refused = () => false }: { timeoutMs?: number; refused?: (snapshot: S) => boolean } = {},
): Promise<StoredChangesSync> {
  return new Promise<StoredChangesSync>((resolve) => {
    let done = false
    const finish = (result: StoredChangesSync): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      unsubscribe()
      // Writes still pending continue after destroy; waiting only keeps this sequential.
      session
        .flush()
        .catch(() => {})
        .finally(() => {
          session.destroy()
          resolve(result)
        })
    }
    const check = (): void => {
      const snapshot = session.getSnapshot()
      if (snapshot.phase !== 'ready') return
      if (snapshot.status.kind === 'error' || refused(snapshot)) finish('refused')
      else if (snapshot.status.kind === 'synced') finish('synced')
      else if (!snapshot.online || snapshot.connection === 'retrying') finish('unreachable')
    }
    const unsubscribe = session.subscribe(check)
    const timer = setTimeout(() => finish('unreachable'), timeoutMs)
    void session.start()
  })
}
