import type { MailOutbox, MailPatch, OutgoingMail } from './MailOutbox.js'

/** The notification e-mails in memory. */
export class MemoryMailOutbox implements MailOutbox {
  private readonly mails = new Map<string, OutgoingMail>()

  enqueue(mail: OutgoingMail): Promise<boolean> {
    if (this.mails.has(mail.id)) return Promise.resolve(false)
    this.mails.set(mail.id, structuredClone(mail))
    return Promise.resolve(true)
  }

  due(now: string, limit: number): Promise<OutgoingMail[]> {
    const found = [...this.mails.values()]
      .filter((m) => m.state === 'pending' && m.nextAttemptAt <= now)
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id.localeCompare(b.id))
      .slice(0, limit)
    return Promise.resolve(structuredClone(found))
  }

  claim(id: string, nextAttemptAt: string, until: string): Promise<boolean> {
    const mail = this.mails.get(id)
    if (!mail || mail.state !== 'pending' || mail.nextAttemptAt !== nextAttemptAt) return Promise.resolve(false)
    this.mails.set(id, { ...mail, nextAttemptAt: until })
    return Promise.resolve(true)
  }

  update(id: string, patch: MailPatch): Promise<void> {
    const mail = this.mails.get(id)
    if (mail) this.mails.set(id, { ...mail, ...patch })
    return Promise.resolve()
  }

  get(id: string): Promise<OutgoingMail | null> {
    const mail = this.mails.get(id)
    return Promise.resolve(mail ? structuredClone(mail) : null)
  }
}
