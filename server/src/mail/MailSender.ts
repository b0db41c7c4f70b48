import type { Logger } from '../Logger.js'
import type { MailOutbox, OutgoingMail } from '../storage/MailOutbox.js'
import { mailText } from './mailTexts.js'
import type { Mailer } from './SmtpMailer.js'

/** Whether a mail may still go to its recipient, and their address: null drops it unsent. */
export type Recipient = (mail: OutgoingMail) => Promise<{ email: string } | null>

/** How the sender paces itself. */
export interface MailSenderTiming {
  /** How often the outbox is looked at for mails due (retries); new mails are sent at once. */
  readonly pollMs: number
  /** The wait before the first retry; it doubles with each failure, up to `maxDelayMs`. */
  readonly firstRetryMs: number
  readonly maxDelayMs: number
  /** Attempts before a mail is given up (marked failed and logged). */
  readonly maxAttempts: number
  /** How long a sender holds a mail it is sending (another process takes it after). */
  readonly leaseMs: number
}

export const DEFAULT_MAIL_TIMING: MailSenderTiming = {
  pollMs: 30_000,
  firstRetryMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  maxAttempts: 10,
  leaseMs: 5 * 60_000,
}

/** The wait after the `attempts`-th failed attempt. */
export function retryDelay(attempts: number, timing: MailSenderTiming): number {
  return Math.min(timing.firstRetryMs * 2 ** Math.max(attempts - 1, 0), timing.maxDelayMs)
}

/**
 * Sends what the outbox holds, off every request's path: a mail is taken (claimed, so another
 * process does not send it too), its recipient looked at again (someone who lost access to the
 * document, or was disabled, gets nothing: the mail is dropped), sent, and marked sent. A failure
 * is retried later with a growing wait; the mail stays stored meanwhile, so a restart loses none.
 * (A crash between the SMTP server's acceptance and the mark can repeat one mail: sending and
 * marking cannot be one transaction.)
 */
export class MailSender {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private closed = false

  constructor(
    private readonly outbox: MailOutbox,
    private readonly mailer: Mailer,
    private readonly recipient: Recipient,
    private readonly linkBase: () => string,
    private readonly log: Logger,
    private readonly timing: MailSenderTiming = DEFAULT_MAIL_TIMING,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts looking at the outbox now and every `pollMs`. */
  start(): void {
    this.kick()
    this.timer = setInterval(() => this.kick(), this.timing.pollMs)
    this.timer.unref()
  }

  /** Sends what is due, soon (after new mails were queued); never throws. */
  kick(): void {
    if (this.closed) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.drain()
      .catch((error: unknown) => this.log.error({ error: String(error) }, 'mail: could not read the outbox'))
      .finally(() => {
        this.running = null
        if (this.again) {
          this.again = false
          this.kick()
        }
      })
  }

  /** Stops, after the mail being sent. */
  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    await this.running
    this.mailer.close()
  }

  /** Resolves once nothing is being sent (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private async drain(): Promise<void> {
    for (;;) {
      const due = await this.outbox.due(this.now().toISOString(), 20)
      if (due.length === 0 || this.closed) return
      for (const mail of due) {
        if (this.closed) return
        await this.attempt(mail)
      }
    }
  }

  private async attempt(mail: OutgoingMail): Promise<void> {
    const lease = new Date(this.now().getTime() + this.timing.leaseMs).toISOString()
    if (!(await this.outbox.claim(mail.id, mail.nextAttemptAt, lease))) return
    const attempts = mail.attempts + 1
    let to: { email: string } | null
    try {
      to = await this.recipient(mail)
    } catch (error) {
      return this.failed(mail, attempts, error)
    }
    if (to === null || to.email === '') {
      await this.outbox.update(mail.id, {
        state: 'dropped',
        attempts,
        nextAttemptAt: lease,
        lastError: null,
        sentAt: null,
      })
      return
    }
    const { subject, text } = mailText(mail, this.linkBase())
    try {
      await this.mailer.send({ to: to.email, subject, text })
    } catch (error) {
      return this.failed(mail, attempts, error)
    }
    await this.outbox.update(mail.id, {
      state: 'sent',
      attempts,
      nextAttemptAt: lease,
      lastError: null,
      sentAt: this.now().toISOString(),
    })
  }

  private async failed(mail: OutgoingMail, attempts: number, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error)
    const givenUp = attempts >= this.timing.maxAttempts
    const next = new Date(this.now().getTime() + retryDelay(attempts, this.timing)).toISOString()
    await this.outbox.update(mail.id, {
      state: givenUp ? 'failed' : 'pending',
      attempts,
      nextAttemptAt: next,
      lastError: reason.slice(0, 500),
      sentAt: null,
    })
    const fields = { mail: mail.id, attempts, error: reason }
    if (givenUp) this.log.error(fields, 'mail: given up after repeated failures')
    else this.log.warn({ ...fields, retryAt: next }, 'mail: not sent, will retry')
  }
}
