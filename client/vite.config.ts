import { defaultClientConditions, defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * `source` first so `@samskriv/shared` resolves to its TypeScript sources (no build of shared
 * needed), then Vite's own client conditions. In development `/api`, `/sync` and `/healthz` are
 * proxied to the server (`SAMSKRIV_SERVER_URL`, default http://localhost:8080).
 */
export default defineConfig(({ mode }) => {
  const serverUrl = loadEnv(mode, '.', 'SAMSKRIV_').SAMSKRIV_SERVER_URL ?? 'http://localhost:8080'
  return {
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      sourcemap: true,
      // The editor chunk (Tiptap, ProseMirror, Yjs) is ~560 kB minified, ~175 kB gzipped.
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        output: {
          // Libraries in their own chunks: they change less often than the app, so an update
          // downloads (and precaches) less.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                priority: 10,
                test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
              },
              {
                name: 'editor',
                priority: 5,
                test: /node_modules[\\/](@tiptap|prosemirror-[^\\/]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
              },
              // Yjs is needed before any editor: the document list reads the device's copies.
              { name: 'yjs', priority: 10, test: /node_modules[\\/](yjs|lib0|y-protocols|y-websocket)[\\/]/ },
              { name: 'storage', priority: 10, test: /node_modules[\\/](dexie|zod|nanoid)[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      proxy: {
        '/api': serverUrl,
        '/healthz': serverUrl,
        '/sync': { target: serverUrl.replace(/^http/, 'ws'), ws: true },
      },
    },
    plugins: [
      react(),
      VitePWA({
        registerType: 'prompt',
        // The app registers the worker itself through virtual:pwa-register/react (UpdatePrompt).
        injectRegister: false,
        manifest: {
          name: 'Samskriv',
          short_name: 'Samskriv',
          description: 'Skriv protokoll, handlingsplaner och praktiska anvisningar tillsammans, även utan nätverk.',
          lang: 'sv-SE',
          dir: 'ltr',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          theme_color: '#1f4e8c',
          background_color: '#f5f6f8',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            {
              src: '/icons/icon-maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
          navigateFallback: '/index.html',
          navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/healthz/],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // No runtime caching: the API must never answer from a cache.
          runtimeCaching: [],
        },
      }),
    ],
  }
})
