import { CloseCode } from '@samskriv/shared'
import * as Y from 'yjs'
import { UpdateRefusedError } from './checkRun.js'
import type { Connection } from './Connection.js'
import type { DocumentRoomOptions } from './DocumentRoomOptions.js'
import { judgeUpdate } from './judgeUpdate.js'
import type { ApplyItem, ContentItem } from './RoomQueue.js'
import type { RoomGate } from './RoomGate.js'
import type { CheckResult } from './UpdateChecker.js'
import type { UpdateLog } from './UpdateLog.js'
import type { Accepted, UpdateActor, Verdict } from './UpdateRules.js'

/** The update a content item carries (none for a server-side edit). */
export const updateOf = (item: ContentItem): Uint8Array =>
  item.kind === 'apply'
    ? item.update
    : item.kind === 'message' && item.message.type === 'update'
      ? item.message.update
      : new Uint8Array()

/**
 * Decides, update by update within a commit, what reaches a room's document after the checking
 * worker passed it: the gate (access, lock), the room's limits and its rules. Refusals are answered
 * here: permission-denied for what the person may not do, a close code for a limit, a rejected
 * promise for an update the server applies for someone.
 */
export class RoomAdmission {
  constructor(
    private readonly gate: RoomGate,
    private readonly log: UpdateLog,
    private readonly options: Pick<DocumentRoomOptions, 'rules' | 'maxPendingBytes' | 'maxStoredBytes'>,
  ) {}

  /**
   * Refuses, without checking them, updates larger on their own than the room may store (the
   * comments): nothing about them needs decoding to know. Answers the items left to check.
   */
  refuseOversized(run: readonly ContentItem[]): ContentItem[] {
    const max = this.options.maxStoredBytes
    if (max === null) return [...run]
    return run.filter((item) => {
      if (item.kind === 'edit' || updateOf(item).byteLength <= max) return true
      const problem = `one update larger than the ${max} bytes the comments may take`
      if (item.kind === 'apply') item.reject(new UpdateRefusedError(problem))
      else if (!item.connection.refused) {
        item.connection.refused = true
        item.connection.close(CloseCode.annotationsTooLarge, problem)
      }
      return false
    })
  }

  /**
   * A room with a limit on its stored size (comments) compacts before a run that would pass it:
   * the log of changes then shrinks to the document's own size, so the limit counts what is kept.
   */
  async makeRoom(doc: Y.Doc, items: Iterable<ContentItem>): Promise<void> {
    const max = this.options.maxStoredBytes
    if (max === null || !this.log.compactable) return
    let incoming = 0
    for (const item of items) incoming += updateOf(item).byteLength
    if (this.log.storedBytes + incoming > max) await this.log.compact(Y.encodeStateAsUpdate(doc))
  }

  /** A client's update: its verdict, or null when refused (answered, or the connection closed). */
  client(
    doc: Y.Doc,
    connection: Connection,
    update: Uint8Array,
    check: CheckResult,
    appliedBytes: number,
  ): Accepted | null {
    if (connection.refused) return null
    if (!this.gate.mayWrite(connection)) {
      this.gate.refuse(connection, doc, update)
      return null
    }
    const actor = { userId: connection.userId, userName: connection.userName, schemaVersion: connection.schemaVersion }
    const verdict = this.judge(doc, update, check, actor, appliedBytes)
    if (verdict.ok) return verdict
    if (verdict.closeCode === undefined) this.gate.refuse(connection, doc, update, verdict.problem)
    else {
      connection.refused = true
      connection.close(verdict.closeCode, verdict.problem)
    }
    return null
  }

  /** An update the server applies for someone: its verdict, or null (and its promise rejected). */
  server(doc: Y.Doc, item: ApplyItem, check: CheckResult, appliedBytes: number): Accepted | null {
    if (!this.gate.mayApply()) {
      item.reject(new UpdateRefusedError('document locked', true))
      return null
    }
    const verdict = this.judge(doc, item.update, check, item.actor, appliedBytes)
    if (verdict.ok) return verdict
    item.reject(new UpdateRefusedError(verdict.problem))
    return null
  }

  private judge(doc: Y.Doc, update: Uint8Array, check: CheckResult, actor: UpdateActor, appliedBytes: number): Verdict {
    return judgeUpdate({
      doc,
      update,
      check,
      actor,
      rules: this.options.rules,
      limits: { maxPendingBytes: this.options.maxPendingBytes, maxStoredBytes: this.options.maxStoredBytes },
      storedBytes: this.log.storedBytes + appliedBytes,
    })
  }
}
