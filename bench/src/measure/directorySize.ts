import fs from 'node:fs'
import path from 'node:path'

/** The bytes of every file under `dir` (or of `dir` itself when it is a file); 0 when it is missing. */
export function directorySize(dir: string): number {
  let stat: fs.Stats
  try {
    stat = fs.statSync(dir)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.size
  return fs.readdirSync(dir).reduce((sum, name) => sum + directorySize(path.join(dir, name)), 0)
}
