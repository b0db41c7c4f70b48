import type { ExportFormat } from '../approval/exportFormats.js'
import { LimitError } from '../limits/LimitError.js'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import type { ExportStore, StoredExport } from '../storage/Storage.js'
import type { ExportRenderer } from './ExportRenderer.js'

/**
 * The exports of approved versions: rendered once (in the export worker) on the first request,
 * stored beside the version (which never changes, so neither does its export) and served from
 * storage after that. Requests for one export while it renders share that rendering; an export that
 * was too large to render is not tried again until the server restarts.
 */
export class VersionExports {
  private readonly rendering = new Map<string, Promise<StoredExport>>()
  private readonly tooLarge = new Map<string, LimitError>()

  constructor(
    private readonly store: ExportStore,
    private readonly renderer: ExportRenderer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async file(version: VersionRecord, format: ExportFormat): Promise<StoredExport> {
    const stored = await this.store.get(version.documentId, version.number, format)
    if (stored) return stored
    const key = `${version.documentId}/${version.number}/${format}`
    const refused = this.tooLarge.get(key)
    if (refused) throw refused
    let rendering = this.rendering.get(key)
    if (!rendering) {
      rendering = this.render(version, format, key).finally(() => this.rendering.delete(key))
      this.rendering.set(key, rendering)
    }
    return rendering
  }

  private async render(version: VersionRecord, format: ExportFormat, key: string): Promise<StoredExport> {
    let file
    try {
      file = await this.renderer.render(version, format)
    } catch (error) {
      if (error instanceof LimitError && error.limit === 'exportTooLarge') this.tooLarge.set(key, error)
      throw error
    }
    return this.store.put({
      documentId: version.documentId,
      number: version.number,
      format,
      ...file,
      createdAt: this.now().toISOString(),
    })
  }
}
