import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The bench workspace (`bench/`). */
export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The repository root, where `npm run build` leaves `server/dist` and `client/dist`. */
export const repoRoot = path.resolve(benchRoot, '..')
