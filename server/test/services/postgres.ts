import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { postgresBinDir } from './binaries.js'
import { freePort } from './freePort.js'

const run = promisify(execFile)

/** A throwaway PostgreSQL cluster: its own data directory, port and socket directory. */
export interface TestPostgres {
  /** postgres://…/postgres */
  readonly url: string
  /** A new, empty database; resolves with its URL. */
  createDatabase(): Promise<string>
  /** Stops the server and removes its directory. */
  stop(): Promise<void>
  /** The same, synchronously (for a process that is exiting). */
  stopNow(): void
}

let databases = 0

/**
 * Starts PostgreSQL for a test file. PostgreSQL refuses to run as root, so as root (CI) its
 * programs run as the `postgres` user on a directory that user owns.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir()
  if (bin === null) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-pg-'))
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    fs.chownSync(dir, Number(stdout.trim()), Number(stdout.trim()))
  }
  const pgCommand = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args]
  const pgRun = (program: string, args: string[]) => run(...pgCommand(program, args))
  const data = path.join(dir, 'data')
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'])
  const port = await freePort()
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`
  await pgRun('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'log'), '-w', 'start'])
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  return {
    url,
    async createDatabase() {
      const name = `samskriv_test_${process.pid}_${++databases}`
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    async stop() {
      await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
    stopNow() {
      const [program, args] = pgCommand('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      try {
        execFileSync(program, args, { stdio: 'ignore' })
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
