import type * as Y from 'yjs'
import { activity, getBody, type ActivityStatus } from '@samskriv/shared'
import { findBlockElement } from './findBlockElement'

/**
 * Sets the status of the activity with this id in a document's body, as an edit of its Yjs
 * element (what the editor's status field does). Returns false when the activity is not there.
 */
export function setActivityStatus(doc: Y.Doc, activityId: string, status: ActivityStatus): boolean {
  const element = findBlockElement(getBody(doc), activity.name, activityId)
  if (element === null) return false
  element.setAttribute('status', status)
  return true
}
