/** The transaction origin of a restore from the history made in this tab (a local edit like typing). */
export const HISTORY_RESTORE_ORIGIN = Symbol('history restore')
