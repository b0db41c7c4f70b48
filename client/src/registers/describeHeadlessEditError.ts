import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import { HeadlessEditError } from '../sync/HeadlessEditError'

/** Why a change to an activity made from the overview did not happen, as one sentence. */
export function describeHeadlessEditError(error: unknown, activity: string): string {
  if (!(error instanceof HeadlessEditError)) {
    return t('activities.statusFailed', { activity, reason: describeStorageError(error) })
  }
  switch (error.reason) {
    case 'notOnDevice':
      return t('activities.statusNotOnDevice', { activity })
    case 'notFound':
    case 'blockNotFound':
      return t('activities.statusGone', { activity })
    case 'tooNew':
      return t('activities.statusTooNew', { activity })
    case 'locked':
      return t('activities.statusLocked', { activity })
  }
}
