import type { UsageLog } from '../storage/Storage.js'
import { LimitError } from './LimitError.js'

const HOUR_MS = 60 * 60 * 1000

/**
 * Counts a document a person is about to create against `HTTP_LIMITS.documentsPerPersonPerHour`;
 * throws {@link LimitError} (429 `too_many_documents`, nothing created) past it.
 */
export async function claimDocumentCreation(
  usage: UsageLog,
  userId: string,
  now: Date,
  perHour: number,
): Promise<void> {
  const since = new Date(now.getTime() - HOUR_MS).toISOString()
  if (await usage.claim('createDocument', userId, now.toISOString(), { since, max: perHour })) return
  throw new LimitError('tooManyDocuments', `A person may create at most ${perHour} documents per hour.`, 60)
}
