import type { ExportStore, StoredExport } from './Storage.js'

/** Exports of approved versions in memory (tests). */
export class MemoryExportStore implements ExportStore {
  private readonly files = new Map<string, StoredExport>()

  get(documentId: string, number: number, format: string): Promise<StoredExport | null> {
    return Promise.resolve(this.files.get(`${documentId}/${number}/${format}`) ?? null)
  }

  put(file: StoredExport): Promise<StoredExport> {
    const key = `${file.documentId}/${file.number}/${file.format}`
    const kept = this.files.get(key) ?? { ...file, body: file.body.slice() }
    this.files.set(key, kept)
    return Promise.resolve(kept)
  }
}
