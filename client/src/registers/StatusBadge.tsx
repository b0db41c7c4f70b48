import type { ActivityStatus } from '@samskriv/shared'
import { enumLabel } from '../i18n/enumLabel'

/** An activity's status as a coloured label ("Pågående"). */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  return <span className={`status-badge status-badge--${status}`}>{enumLabel('activityStatus', status)}</span>
}
