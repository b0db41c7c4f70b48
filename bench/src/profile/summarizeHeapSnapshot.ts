import fs from 'node:fs'
import path from 'node:path'

interface HeapSnapshot {
  readonly snapshot: {
    readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] }
  }
  readonly nodes: number[]
  readonly strings: string[]
}

/**
 * A V8 heap snapshot as text: its total, the shallow size by kind (code, strings, arrays, …) and
 * the constructors whose objects take the most (shallow sizes, so a document's Yjs items show as
 * Item, ContentString and so on).
 */
export function summarizeHeapSnapshot(file: string, top = 25): string {
  const heap = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapSnapshot
  const fields = heap.snapshot.meta.node_fields
  const types = heap.snapshot.meta.node_types[0]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  let total = 0
  const byType = new Map<string, number>()
  const byName = new Map<string, { bytes: number; count: number }>()
  for (let i = 0; i < heap.nodes.length; i += width) {
    const size = heap.nodes[i + sizeAt]!
    const type = types[heap.nodes[i + typeAt]!]!
    total += size
    byType.set(type, (byType.get(type) ?? 0) + size)
    if (type === 'object' || type === 'closure' || type === 'array' || type === 'native') {
      const name = `${type === 'object' ? '' : `(${type}) `}${heap.strings[heap.nodes[i + nameAt]!]!.slice(0, 60)}`
      const entry = byName.get(name) ?? { bytes: 0, count: 0 }
      entry.bytes += size
      entry.count++
      byName.set(name, entry)
    }
  }
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2).padStart(7)} MiB`
  const lines = [`JS heap (shallow total) ${mib(total)}`, '', 'by kind:']
  for (const [type, bytes] of [...byType].sort((a, b) => b[1] - a[1]).slice(0, 10))
    lines.push(`  ${mib(bytes)}  ${type}`)
  lines.push('', `top ${top} constructors:`)
  for (const [name, { bytes, count }] of [...byName].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    lines.push(`  ${mib(bytes)}  ${String(count).padStart(8)} × ${name}`)
  }
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.log(summarizeHeapSnapshot(process.argv[2]!))
}
