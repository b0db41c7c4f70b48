/** What a notification e-mail is about. */
export type MailKind = 'justering' | 'proposal' | 'mention' | 'overdue'

/** Where an e-mail is in its life: waiting (or retrying), sent, given up, or dropped unsent. */
export type MailState = 'pending' | 'sent' | 'failed' | 'dropped'

/**
 * A notification e-mail, stored before it is sent so that a restart neither loses nor repeats it.
 * Its id says what it is about and to whom (`mention:<document>:<comment>:<user>`…), so the same
 * event never queues a second mail.
 */
export interface OutgoingMail {
  readonly id: string
  readonly recipientId: string
  readonly kind: MailKind
  readonly documentId: string
  /** What the text is made from (titles, names, an excerpt), as JSON-safe strings. */
  readonly payload: Readonly<Record<string, string>>
  readonly createdAt: string
  readonly state: MailState
  readonly attempts: number
  /** When to try next (pending); a sender holding it pushes this past its work. */
  readonly nextAttemptAt: string
  readonly lastError: string | null
  readonly sentAt: string | null
}

/** How a mail's state changes after an attempt. */
export type MailPatch = Pick<OutgoingMail, 'state' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>

/** The notification e-mails, sent and waiting. */
export interface MailOutbox {
  /** Queues a mail; false (and no change) when one with its id is there already. */
  enqueue(mail: OutgoingMail): Promise<boolean>
  /** Pending mails due at `now`, oldest first. */
  due(now: string, limit: number): Promise<OutgoingMail[]>
  /**
   * Takes a due mail for sending until `until` (so no other process sends it meanwhile): true only
   * when it is still pending with `nextAttemptAt` as read.
   */
  claim(id: string, nextAttemptAt: string, until: string): Promise<boolean>
  /** Records an attempt's outcome. */
  update(id: string, patch: MailPatch): Promise<void>
  /** One mail, or null. */
  get(id: string): Promise<OutgoingMail | null>
}
