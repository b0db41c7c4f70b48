import { MessageType } from '@samskriv/shared'
import * as encoding from 'lib0/encoding'
import { afterEach, expect } from 'vitest'
import * as Y from 'yjs'
import { connectClient, connectPair, roundTrip, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

/** A test server whose log lines (pino JSON) are kept for assertions. */
export interface LoggedServer extends TestServer {
  readonly logs: string[]
}

export async function startLoggedServer(options: Parameters<typeof startTestServer>[0] = {}): Promise<LoggedServer> {
  const logs: string[] = []
  const server = await startTestServer({
    logLevel: 'info',
    logStream: { write: (line: string) => void logs.push(line) },
    ...options,
  })
  return Object.assign(server, { logs })
}

/** The text of a room as stored (every row applied to a fresh document). */
export async function storedText(server: TestServer, room: string): Promise<string> {
  const doc = new Y.Doc()
  for (const update of (await server.storage.updates.load(room)).updates) Y.applyUpdate(doc, update)
  const text = doc.getText('text').toString()
  doc.destroy()
  return text
}

/**
 * Two bystanders in `room` who wrote something before an attack. `check` proves, after it, that they
 * still sync with each other, that what was stored before is still stored, and that the relay wrote
 * at most `maxLogLines` lines meanwhile, none of them a stack trace.
 */
export async function bystanders(server: LoggedServer, room: string) {
  const pair = await connectPair(server.syncUrl, room)
  pair[0].text.insert(0, 'kept before the attack;')
  await pair[0].flush()
  await waitFor(() => pair[1].text.toString() === pair[0].text.toString(), 'bystanders in step')
  const before = await storedText(server, room)
  const logStart = server.logs.length
  const clients: SyncClient[] = [...pair]
  return {
    pair,
    /** Log lines since the bystanders were ready. */
    logsSince: () => server.logs.slice(logStart),
    async check(maxLogLines = 2): Promise<void> {
      await roundTrip(pair)
      await roundTrip([pair[1], pair[0]])
      await pair[0].flush()
      const after = await storedText(server, room)
      expect(after.startsWith(before) || after.includes(before)).toBe(true)
      const fresh = connectClient(server.syncUrl, room)
      clients.push(fresh)
      await waitFor(() => fresh.text.toString() === pair[0].text.toString(), 'a fresh client gets the stored state')
      const lines = server.logs.slice(logStart)
      for (const line of lines) {
        expect(line).not.toMatch(/"stack"|\\n\s+at /)
      }
      expect(lines.length, lines.join('')).toBeLessThanOrEqual(maxLogLines)
    },
    close(): void {
      for (const c of clients) c.close()
    },
  }
}

/**
 * A logged server with two bystanders per test, closed after each test; `cleanups` run first.
 * Call once at the top of a test file.
 */
export function attackedServers() {
  let server: LoggedServer | null = null
  const cleanups: Array<() => void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup()
    await server?.close()
    server = null
  })
  return {
    cleanups,
    start: async (options: Parameters<typeof startTestServer>[0] = {}) => {
      server = await startLoggedServer(options)
      const crowd = await bystanders(server, 'bystanders')
      cleanups.push(() => crowd.close())
      return { server, crowd }
    },
  }
}

export function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

export const syncFrame = (subType: number, payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, subType)
    encoding.writeVarUint8Array(e, payload)
  })

export const awarenessFrame = (entries: Array<{ clientId: number; clock: number; state: unknown }>) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness)
    encoding.writeVarUint8Array(
      e,
      frame((a) => {
        encoding.writeVarUint(a, entries.length)
        for (const { clientId, clock, state } of entries) {
          encoding.writeVarUint(a, clientId)
          encoding.writeVarUint(a, clock)
          encoding.writeVarString(a, JSON.stringify(state))
        }
      }),
    )
  })
