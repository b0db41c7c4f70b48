import type { UserRecord } from '../storage/AccountStore.js'

/** What a signer confirms: a document's frozen text, by its hash, in a justering round. */
export interface SignOffRequest {
  readonly user: UserRecord
  readonly documentId: string
  readonly round: number
  readonly hash: string
  readonly at: Date
}

/**
 * How a justerare signs off the frozen text. Today: the signed-in account confirms in the app. An
 * e-signature provider (BankID, Freja eID, SITHS) implements the same interface: it runs its own
 * ceremony for the hash and returns its evidence (e.g. the signed response), which is stored.
 */
export interface SignOffProvider {
  /** Stored with each confirmation, e.g. 'account' or 'bankid'. */
  readonly method: string
  /** Confirms the hash for the user; throws when the provider refuses. */
  confirm(request: SignOffRequest): Promise<{ evidence: string }>
}

/** Sign-off by the signed-in account (its session established who it is). */
export class AccountSignOff implements SignOffProvider {
  readonly method = 'account'

  confirm(request: SignOffRequest): Promise<{ evidence: string }> {
    const evidence = {
      method: this.method,
      userId: request.user.id,
      email: request.user.email,
      hash: request.hash,
      at: request.at.toISOString(),
    }
    return Promise.resolve({ evidence: JSON.stringify(evidence) })
  }
}
