import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'

/**
 * Everything the bench must not leave behind, whatever way it ends: child processes (killed) and
 * temporary directories (deleted). Scopes release their own as they finish; this catches the rest
 * when the bench exits, fails or is interrupted.
 */
const children = new Set<ChildProcess>()
const directories = new Set<string>()
const stoppers = new Set<() => void>()
let installed = false

/** Kills every child and deletes every temporary directory still registered (synchronous). */
function cleanUpEverything(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  children.clear()
  for (const stop of stoppers) stop()
  stoppers.clear()
  for (const dir of directories) fs.rmSync(dir, { recursive: true, force: true })
  directories.clear()
}

function install(): void {
  if (installed) return
  installed = true
  process.on('exit', cleanUpEverything)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the bench and its relays`)
      cleanUpEverything()
      process.exit(130)
    })
  }
}

/** Registers a child process to be killed if the bench ends before it does. */
export function trackChild(child: ChildProcess): void {
  install()
  children.add(child)
  child.once('exit', () => children.delete(child))
}

/** Registers a temporary directory to be deleted if the bench ends before it is. */
export function trackDirectory(dir: string): () => void {
  install()
  directories.add(dir)
  return () => {
    directories.delete(dir)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Registers a synchronous stop (a service the bench started) to run if the bench ends before it. */
export function trackStop(stop: () => void): () => void {
  install()
  stoppers.add(stop)
  return () => {
    stoppers.delete(stop)
    stop()
  }
}
