import { defineConfig } from 'vitest/config'

/**
 * One config, six projects: shared and server run in Node; the server's stall test runs alone;
 * bench holds the bench's own unit tests (its report), not the bench;
 * client unit tests run in happy-dom with fake-indexeddb; e2e drives the built app in Debian's
 * chromium against the real relay.
 * `source` resolves `@samskriv/shared` to its TypeScript sources, so tests need no build.
 */
const resolve = { conditions: ['source', 'module', 'browser', 'development|production'] }
const nodeResolve = { conditions: ['source', 'node', 'import', 'module', 'default'] }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: nodeResolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: { name: 'shared', root: 'shared', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      {
        resolve: nodeResolve,
        test: { name: 'bench', root: 'bench', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      {
        resolve: nodeResolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'server',
          root: 'server',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/stall.test.ts'],
          globalSetup: ['test/services/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The stall test measures latency: it runs alone, after the other tests (`npm run test:stall`).
        resolve: nodeResolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'stall',
          root: 'server',
          environment: 'node',
          include: ['test/stall.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve,
        test: {
          name: 'client',
          root: 'client',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto', 'src/i18n/loadActiveLocale.setup.ts'],
          // Some suites (writers typing at once) take seconds on a busy 2-core machine; 5 s flaked.
          testTimeout: 30_000,
        },
      },
      {
        resolve: nodeResolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'e2e',
          root: 'e2e',
          environment: 'node',
          include: ['**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A shared 2-core machine: give the app time to converge (vitest's default is 1 s).
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
})
