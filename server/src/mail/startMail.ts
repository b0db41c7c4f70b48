import type { Logger } from '../Logger.js'
import type { Policy } from '../policy/Policy.js'
import type { Storage } from '../storage/Storage.js'
import type { TodoService } from '../todos/TodoService.js'
import { MailNotifier } from './MailNotifier.js'
import { DEFAULT_MAIL_TIMING, MailSender, type MailSenderTiming } from './MailSender.js'
import { SmtpMailer } from './SmtpMailer.js'

/** E-mail settings (SMTP_URL and MAIL_FROM); without them no mail is queued or sent. */
export interface MailOptions {
  /** smtp://user:pass@host:port or smtps://… */
  readonly smtpUrl: string
  /** The sender, e.g. `Samskriv <samskriv@region.se>`. */
  readonly from: string
  /** Pacing of sends and retries (tests make it quick). */
  readonly timing?: Partial<MailSenderTiming>
  /** How often overdue activities are looked for (default hourly). */
  readonly overdueEveryMs?: number
}

/** The running e-mail notifications: what queues them and what sends them. */
export interface MailService {
  readonly notifier: MailNotifier
  readonly sender: MailSender
  /** Starts sending and looking for overdue activities (once the server listens: links need its address). */
  start(): void
  close(): Promise<void>
}

/** E-mail notifications: queued from events at once, sent in the background with retries once started. */
export function startMail(
  options: MailOptions,
  deps: { storage: Storage; policy: Policy; todos: TodoService; log: Logger; linkBase: () => string },
): MailService {
  const timing = { ...DEFAULT_MAIL_TIMING, ...options.timing }
  const mailer = new SmtpMailer(options.smtpUrl, options.from)
  let notifier: MailNotifier | null = null
  const sender = new MailSender(
    deps.storage.mail,
    mailer,
    (mail) => notifier!.recipient(mail),
    deps.linkBase,
    deps.log,
    timing,
  )
  notifier = new MailNotifier(
    deps.storage,
    deps.policy,
    deps.todos,
    sender,
    deps.log,
    undefined,
    options.overdueEveryMs,
  )
  const started = notifier
  return {
    notifier: started,
    sender,
    start() {
      sender.start()
      started.start()
    },
    async close() {
      await started.close()
      await sender.close()
    },
  }
}
