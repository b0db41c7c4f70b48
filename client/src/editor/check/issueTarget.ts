import type { CheckIssue } from '@samskriv/shared'
import type { BlockTarget } from './BlockTarget'

/** The block a check list issue is about. */
export function issueTarget(issue: CheckIssue): BlockTarget {
  if (issue.code === 'meetingWithoutDate') return { type: 'meetingHeader' }
  if (issue.blockId === '' && 'blockType' in issue) return { type: issue.blockType }
  return { blockId: issue.blockId }
}
