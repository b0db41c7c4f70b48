import { followUpStates, type RecordFollowUpRequest } from '@samskriv/shared'
import { ApprovalError } from '../approval/ApprovalError.js'
import { requireDocument } from '../approval/requireDocument.js'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import type { FollowUpRecord } from '../storage/FollowUpStore.js'
import type { DocumentRecord, Storage } from '../storage/Storage.js'
import { approvedActivities } from './approvedActivities.js'

/** What a recorded follow-up told: the entry, and whether it is new (not sent before). */
export interface RecordedFollowUp {
  readonly entry: FollowUpRecord
  readonly created: boolean
}

/** Called after a follow-up was stored (for notices to the plan's readers). */
export type FollowUpListener = (document: DocumentRecord, entry: FollowUpRecord) => void

/**
 * The follow-up of approved action plans: a status, a dated comment and the date done per
 * activity, recorded by editors in a log of its own. The approved versions (and their hashes) are
 * never touched; the registers learn each activity's state.
 */
export class FollowUpService {
  constructor(
    private readonly storage: Storage,
    private readonly policy: Policy,
    private readonly onRecorded: FollowUpListener = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The plan's follow-up log, oldest first (anyone who may read the plan). */
  async list(user: UserRecord | null, documentId: string): Promise<FollowUpRecord[]> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    return this.storage.followUps.list(documentId)
  }

  /** The plan, its approved version and the log, for a report (anyone who may read the plan). */
  async reportData(
    user: UserRecord | null,
    documentId: string,
  ): Promise<{ document: DocumentRecord; version: VersionRecord; entries: FollowUpRecord[] }> {
    const document = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    const version = await this.approvedVersion(document)
    return { document, version, entries: await this.storage.followUps.list(documentId) }
  }

  /**
   * Records a follow-up of one of the approved plan's activities. The same entry sent again (a
   * device retrying) answers the stored one; another entry with a used id is refused.
   */
  async record(user: UserRecord | null, documentId: string, input: RecordFollowUpRequest): Promise<RecordedFollowUp> {
    const document = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'followUp')
    const version = await this.approvedVersion(document)
    const existing = await this.storage.followUps.get(input.id)
    if (existing !== null) {
      if (existing.documentId === documentId && existing.activityId === input.activityId) {
        return { entry: existing, created: false }
      }
      throw new ApprovalError('conflict', 'Another follow-up has that id.')
    }
    if (!approvedActivities(version).some((activity) => activity.id === input.activityId)) {
      throw new ApprovalError('invalid', 'The approved plan has no activity with that id.')
    }
    const now = this.now().toISOString()
    const entry: FollowUpRecord = {
      id: input.id,
      documentId,
      activityId: input.activityId,
      version: version.number,
      status: input.status ?? null,
      comment: (input.comment ?? '').trim(),
      doneDate: input.doneDate ?? null,
      // A device's clock ahead of the server's cannot date a follow-up in the future.
      writtenAt: input.writtenAt < now ? new Date(input.writtenAt).toISOString() : now,
      recordedAt: now,
      author: user ? { id: user.id, name: user.name } : { id: '', name: '' },
    }
    if (!(await this.storage.followUps.record(entry))) return this.record(user, documentId, input)
    const log = await this.storage.followUps.list(documentId)
    const state = followUpStates(log.filter((e) => e.activityId === entry.activityId)).get(entry.activityId)
    if (state) await this.storage.registers.setFollowUp(documentId, entry.activityId, state)
    await this.storage.audit.record({
      at: now,
      actorId: user?.id ?? null,
      action: 'followUpRecorded',
      subject: documentId,
      details: { activity: entry.activityId, status: entry.status, version: entry.version, entry: entry.id },
    })
    this.onRecorded(document, entry)
    return { entry, created: true }
  }

  /** The newest approved version of an action plan; refused for anything else. */
  private async approvedVersion(document: DocumentRecord): Promise<VersionRecord> {
    if (document.type !== 'actionPlan') throw new ApprovalError('invalid', 'Only action plans are followed up.')
    const version =
      document.approvedVersion === null
        ? null
        : await this.storage.approvals.getVersion(document.id, document.approvedVersion)
    if (version === null) throw new ApprovalError('conflict', 'The plan has no approved version to follow up yet.')
    return version
  }
}
