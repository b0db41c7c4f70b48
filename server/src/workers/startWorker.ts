import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import type * as Esbuild from 'esbuild'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const bundles = new Map<string, string>()

/** The server package's root (from a bundle of the sources, a test's child process, too). */
function serverRoot(): string {
  if (import.meta.url.endsWith('.ts')) return path.resolve(here, '..', '..')
  return path.dirname(require.resolve('@samskriv/server/package.json'))
}

/**
 * A worker module bundled from its TypeScript sources, once per process: the module, `shared`
 * from its sources, packages left to node_modules. esbuild is a development dependency; the built
 * server never comes here.
 */
function bundled(name: string): string {
  let file = bundles.get(name)
  if (!file) {
    const root = serverRoot()
    file = path.join(root, '..', 'node_modules', '.cache', 'samskriv-workers', `${name}-${process.pid}.mjs`)
    const esbuild = require('esbuild') as typeof Esbuild
    esbuild.buildSync({
      entryPoints: [path.join(root, 'src', 'workers', `${name}.ts`)],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      alias: {
        '@samskriv/shared/editor': path.join(root, '..', 'shared', 'src', 'editor', 'index.ts'),
        '@samskriv/shared': path.join(root, '..', 'shared', 'src', 'index.ts'),
      },
      logLevel: 'error',
    })
    bundles.set(name, file)
  }
  return file
}

/**
 * Starts one of the server's worker modules (`src/workers/<name>.ts`) in a worker thread: the
 * built server runs the compiled `dist/workers/<name>.js`; from sources (tests, and the bundles
 * tests run in child processes) a bundle of the TypeScript.
 */
export function startWorker(name: string, options: Pick<WorkerOptions, 'resourceLimits' | 'workerData'>): Worker {
  const compiled = path.join(here, `${name}.js`)
  const file = import.meta.url.endsWith('.js') && existsSync(compiled) ? compiled : bundled(name)
  return new Worker(file, options)
}
