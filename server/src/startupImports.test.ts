import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const sharedEntry = path.join(here, '..', '..', 'shared', 'src', 'index.ts')

/** Static value imports of a source file (`import type` and `import(…)` left out). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found: string[] = []
  const pattern = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm
  for (const match of source.matchAll(pattern)) found.push(match[1]!)
  return found
}

/** Every package a file reaches through static imports, following our own sources. */
function reachedPackages(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of staticImports(file)) {
      if (specifier === '@samskriv/shared') visit(sharedEntry)
      else if (specifier.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts')
        visit(existsSync(resolved) ? resolved : resolved.replace(/\.ts$/, '.tsx'))
      } else packages.add(specifier)
    }
  }
  visit(entry)
  return packages
}

describe('what the server loads when it starts', () => {
  it('loads no Tiptap or ProseMirror: they come with the first approval, justering or snapshot', () => {
    const packages = [...reachedPackages(path.join(here, 'main.ts'))]
    // The walk works: the relay's own libraries are reached.
    expect(packages).toEqual(expect.arrayContaining(['yjs', 'ws', 'fastify']))
    expect(packages.filter((p) => /^@tiptap\/|^prosemirror-|^@samskriv\/shared\/editor$/.test(p))).toEqual([])
  })
})
