import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CloseCode } from '@samskriv/shared'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import { startLoggedServer, type LoggedServer } from './attackHarness.js'
import { connectClient, connectPair, type SyncClient } from './syncClient.js'
import { waitFor } from './waitFor.js'

/** A 2 MiB tmpfs as the data directory, so the disk really fills up. Needs root (mount). */
const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-full-'))
let mounted = false
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' })
  mounted = true
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  console.warn(`Skipping the disk-full test: cannot mount a tmpfs here (${reason}).`)
}

let server: LoggedServer
const clients: SyncClient[] = []
afterAll(async () => {
  for (const c of clients) c.close()
  await server?.close().catch(() => {})
  if (mounted) execFileSync('umount', ['-l', mountPoint])
  fs.rmSync(mountPoint, { recursive: true, force: true })
})

/** Fills the file system with a filler file until it is full; returns its path. */
function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler')
  const fd = fs.openSync(filler, 'w')
  const chunk = Buffer.alloc(16 * 1024, 1)
  try {
    for (;;) fs.writeSync(fd, chunk)
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  } finally {
    fs.closeSync(fd)
  }
  return filler
}

describe.runIf(mounted)('a full disk (2 MiB tmpfs as DATA_DIR)', () => {
  it('stops acknowledging, tells the writer 4507, keeps serving reads, and recovers when space returns', async () => {
    const dataDir = path.join(mountPoint, 'data')
    server = await startLoggedServer({ storage: () => new SqliteStorage(dataDir) })
    const [writer, reader] = await connectPair(server.syncUrl, 'full-disk')
    clients.push(writer, reader)
    writer.text.insert(0, 'lagrat före;')
    await writer.flush()
    await waitFor(() => reader.text.toString() === 'lagrat före;', 'first write relayed')

    const filler = fillDisk(mountPoint)
    const closes: number[] = []
    writer.provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code))
    // Enough text that it cannot fit in what little is left.
    for (let i = 0; i < 20; i++) writer.text.insert(writer.text.length, `${i}:${'å'.repeat(20_000)};`)
    await waitFor(() => closes.includes(CloseCode.storageUnavailable), 'the writer told to come back later')
    // Nothing unstored was relayed, and reads go on: the reader still has only what was stored.
    expect(reader.text.toString()).toBe('lagrat före;')
    expect(reader.provider.wsconnected).toBe(true)
    const late = connectClient(server.syncUrl, 'full-disk')
    clients.push(late)
    await waitFor(() => late.provider.synced && late.text.toString() === 'lagrat före;', 'reads still served')
    const errorLines = server.logs.filter((line) => line.includes('"level":50'))
    expect(errorLines.length).toBeGreaterThan(0)
    for (const line of errorLines) expect(line).not.toMatch(/"stack"/)

    fs.rmSync(filler)
    const expected = writer.text.toString()
    // The writer's client kept its changes and resends them when it reconnects.
    await waitFor(() => reader.text.toString() === expected, 'the writer resent after space returned', 30_000)
    await writer.flush()
    await waitFor(() => late.text.toString() === expected, 'everyone has it')

    // What is stored is whole: SQLite's check passes and a fresh document from storage matches.
    const db = new BetterSqlite3(path.join(dataDir, 'samskriv.sqlite'), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
    const stored = new Y.Doc()
    for (const update of (await server.storage.updates.load('full-disk')).updates) Y.applyUpdate(stored, update)
    expect(stored.getText('text').toString()).toBe(expected)
  }, 90_000)
})
