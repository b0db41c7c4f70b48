/** The transaction origin of title edits made in this tab (a local change like any typing). */
export const TITLE_EDIT_ORIGIN = Symbol('title edit')
