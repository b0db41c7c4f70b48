/** The address of a block in its document: the editor scrolls to and highlights it on arrival. */
export function blockHref(documentId: string, blockId: string): string {
  return blockId === '' ? `/dokument/${documentId}` : `/dokument/${documentId}#${encodeURIComponent(blockId)}`
}
