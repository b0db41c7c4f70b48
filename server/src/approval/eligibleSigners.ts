import type { AccountStore, UserRecord } from '../storage/AccountStore.js'
import type { DocumentRecord } from '../storage/Storage.js'

/** An account in use: not disabled, and its invitation accepted (it has a password). */
const active = (user: UserRecord) => user.disabledAt === null && user.passwordHash !== null

/**
 * Who may sign a justering of the document, by name: the active members of its group; for a
 * document from before accounts (no group, readable by administrators only), the active
 * administrators. The one rule for the signer picker and for starting a justering.
 */
export async function eligibleSigners(accounts: AccountStore, document: DocumentRecord): Promise<UserRecord[]> {
  const candidates =
    document.groupId === null
      ? (await accounts.listUsers()).filter((user) => user.isAdmin)
      : await Promise.all(
          (await accounts.membersOfGroup(document.groupId)).map((member) => accounts.userById(member.userId)),
        )
  return candidates
    .filter((user): user is UserRecord => user !== null && active(user))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
}
