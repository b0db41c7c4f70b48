import nodemailer, { type Transporter } from 'nodemailer'

/** One e-mail to send. */
export interface MailMessage {
  readonly to: string
  readonly subject: string
  readonly text: string
}

/** Sends e-mail; rejects when the server did not take it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
  close(): void
}

/**
 * E-mail through an SMTP server (nodemailer): `smtp://user:pass@host:587` (STARTTLS when offered),
 * `smtps://…:465` (TLS from the start). Connections time out rather than hang a retry forever.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    })
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text })
  }

  close(): void {
    this.transport.close()
  }
}
