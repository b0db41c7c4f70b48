import { isChangeOrigin } from '@tiptap/extension-collaboration'
import type { Transaction } from '@tiptap/pm/state'

/** The transaction another plugin's appended transaction answers (itself if it is no answer). */
function rootOf(tr: Transaction): Transaction {
  const root: unknown = tr.getMeta('appendedTransaction')
  return root !== undefined && root !== null && typeof root === 'object' ? (root as Transaction) : tr
}

/**
 * Whether any of the transactions changed the document on this device (typing, paste, a form).
 * Transactions that y-prosemirror dispatches for changes from Yjs (other writers, the initial
 * render) are not, nor are those other plugins append in answer to them (StarterKit's trailing
 * paragraph): repairing those here would make every device write the same repair, and a repair
 * made while y-prosemirror applies a remote change never reaches Yjs at all.
 */
export function isLocalDocChange(transactions: readonly Transaction[]): boolean {
  return transactions.some((tr) => tr.docChanged && !isChangeOrigin(rootOf(tr)))
}
