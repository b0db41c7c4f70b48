import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const bundles = new Map<string, Promise<string>>()

/**
 * An entry point bundled once per test file (shared from its sources, packages left to
 * node_modules), to run in a child process: it starts in well under a second, where transpiling
 * every module on each start took several, and tests restart servers many times.
 */
export function bundleForChild(entry: string): Promise<string> {
  let bundled = bundles.get(entry)
  if (!bundled) {
    const name = `${path.basename(entry, '.ts')}-${process.pid}.mjs`
    const outfile = path.join(repoRoot, 'node_modules', '.cache', 'samskriv-test', name)
    bundled = build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      logLevel: 'error',
      plugins: [
        {
          name: 'packages-external-but-shared',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@samskriv/') ? undefined : { path: args.path, external: true },
            )
          },
        },
      ],
    }).then(() => outfile)
    bundles.set(entry, bundled)
  }
  return bundled
}
