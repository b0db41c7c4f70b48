import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from './paths.js'

const BUILT = ['server/dist/main.js', 'client/dist/index.html', 'shared/dist/index.js']
const SOURCES = ['server/src', 'shared/src', 'client/src']

function newestFile(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestFile(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Whether the build the bench runs exists, and whether sources changed after it was made. */
export function checkBuild(): { missing: string | null; stale: string | null } {
  const absent = BUILT.filter((file) => !fs.existsSync(path.join(repoRoot, file)))
  if (absent.length > 0) return { missing: `Missing ${absent.join(', ')}: run \`npm run build\` first.`, stale: null }
  const built = Math.min(...BUILT.map((file) => fs.statSync(path.join(repoRoot, file)).mtimeMs))
  const changed = SOURCES.filter((dir) => newestFile(path.join(repoRoot, dir)) > built)
  return {
    missing: null,
    stale: changed.length > 0 ? `${changed.join(', ')} changed after the last build; run \`npm run build\`.` : null,
  }
}
