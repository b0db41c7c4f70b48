import {
  extractRegisters,
  fragmentToJson,
  getBody,
  parseDocumentId,
  readDocumentMeta,
  type DocumentRegisters,
  type Room,
} from '@samskriv/shared'
import type * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { RegisterStore } from '../storage/Storage.js'

/** A document's decisions and activities, read from its committed Yjs state. */
export function registersOf(documentId: string, doc: Y.Doc): DocumentRegisters {
  const id = parseDocumentId(documentId)
  const meta = readDocumentMeta(doc)
  if (!id || !meta) return { decisions: [], activities: [] }
  return extractRegisters(id, meta, fragmentToJson(getBody(doc)))
}

/** Reads a document's committed state: its registers and the sequence number they reflect. */
export type ReadRegisters = (documentId: string) => Promise<{ registers: DocumentRegisters; seq: number }>

/**
 * Keeps the decision register and activity overview current as documents change, off the relay's
 * path: a commit only marks its document changed, and the changed documents are re-read once
 * `delayMs` have passed without a commit, or `maxDelayMs` after the first unread commit during
 * steady typing (so the registers are never more than about a second behind), or when a document
 * leaves memory; never once per update. Their rows are replaced in one transaction that also records which update they
 * reflect, so after a crash the server knows which documents to read again. Most edits change no
 * decision or activity: then nothing is written (no transaction, no fsync) until the document
 * leaves memory, when the update the rows reflect is recorded; after a crash meanwhile, the
 * document is read again at start.
 */
export class RegisterProjector {
  private readonly dirty = new Set<string>()
  /** The registers last written for each document in memory (JSON), to skip rewriting them unchanged. */
  private readonly written = new Map<string, string>()
  /** Documents in memory whose stored rows are current but record an older update than they reflect. */
  private readonly behind = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  /** Runs the flush `maxDelayMs` after the first commit since the last one, however busy. */
  private deadline: NodeJS.Timeout | null = null
  private work: Promise<void> = Promise.resolve()

  constructor(
    private readonly store: RegisterStore,
    private readonly read: ReadRegisters,
    private readonly log: Logger,
    private readonly delayMs = 300,
    private readonly maxDelayMs = 1000,
  ) {}

  /** A content room committed a change. */
  noteCommitted(room: Room): void {
    if (room.kind !== 'content') return
    this.dirty.add(room.documentId)
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
    this.deadline ??= setTimeout(() => void this.flush(), this.maxDelayMs)
  }

  /** A room leaves memory: project it from its final state now, without loading it again. */
  noteUnloaded(room: Room, doc: Y.Doc, seq: number): void {
    if (room.kind !== 'content') return
    const id = room.documentId
    const changed = this.dirty.delete(id)
    const behind = this.behind.delete(id)
    this.written.delete(id)
    if (!changed && !behind) return
    const registers = registersOf(id, doc)
    this.enqueue(() => this.store.replaceDocument(id, registers, seq), id)
  }

  /** Projects every document whose registers are behind its stored updates. */
  async catchUp(): Promise<void> {
    for (const id of await this.store.staleDocuments()) this.dirty.add(id)
    await this.flush()
  }

  /** Projects every changed document now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    if (this.deadline) clearTimeout(this.deadline)
    this.timer = null
    this.deadline = null
    for (const id of this.dirty) {
      this.enqueue(async () => {
        if (!this.dirty.delete(id)) return
        const { registers, seq } = await this.read(id)
        const json = JSON.stringify(registers)
        if (this.written.get(id) === json) {
          this.behind.add(id)
          return
        }
        await this.store.replaceDocument(id, registers, seq)
        this.written.set(id, json)
        this.behind.delete(id)
      }, id)
    }
    return this.work
  }

  private enqueue(task: () => Promise<void>, documentId: string): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      this.log.error({ document: documentId, error: String(error) }, 'could not update the registers')
    })
  }
}
