/** FNV-1a, 32 bits: a small, stable hash for deriving ids from a document id. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/**
 * The Yjs client id a document's template is written with. The same for every device, so two
 * devices that apply the template to one document write the very same items, and Yjs keeps one.
 */
export function templateClientId(documentId: string): number {
  // Yjs client ids are 32-bit unsigned integers; 0 is avoided only for readability.
  return fnv1a(`template:${documentId}`) || 1
}

/** A block id for the n-th typed block of a document's template; the same on every device. */
export function templateBlockId(documentId: string, n: number): string {
  const a = fnv1a(`${documentId}#${n}`).toString(36)
  const b = fnv1a(`${documentId}#${n}`, 0x01000193).toString(36)
  return `t${a}${b}`
}
