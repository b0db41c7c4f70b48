// Renders the PWA icons in public/icons from the SVG sources with Chromium:
//   node client/scripts/renderIcons.mjs   (needs Debian's chromium and playwright-core)
import { execFileSync } from 'node:child_process'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const clientDir = new URL('../', import.meta.url)
const outputDir = new URL('public/icons/', clientDir)
const targets = [
  { source: 'public/favicon.svg', file: 'icon-192.png', size: 192 },
  { source: 'public/favicon.svg', file: 'icon-512.png', size: 512 },
  { source: 'scripts/icon-maskable.svg', file: 'icon-maskable-512.png', size: 512 },
  { source: 'scripts/icon-maskable.svg', file: 'apple-touch-icon.png', size: 180 },
]

const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], {
  encoding: 'utf8',
}).trim()
const browser = await chromium.launch({ executablePath })
try {
  await mkdir(outputDir, { recursive: true })
  for (const { source, file, size } of targets) {
    const svg = await readFile(new URL(source, clientDir), 'utf8')
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    )
    await writeFile(new URL(file, outputDir), await page.screenshot({ omitBackground: true }))
    await page.close()
  }
} finally {
  await browser.close()
}
