import { SMTPServer, type SMTPServerSession } from 'smtp-server'

/** A message the test SMTP server took: its envelope and its decoded subject and text. */
export interface ReceivedMail {
  readonly from: string
  readonly to: string[]
  readonly subject: string
  readonly text: string
  readonly raw: string
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_all, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  const source = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '=' && /^[0-9A-F]{2}$/i.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(source[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Subject and text of a single-part message as nodemailer writes a plain text mail. */
function parse(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return { subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n').trimEnd() }
}

/**
 * A real SMTP server on a free local port, keeping what it receives in memory (no TLS, no
 * authentication). `refuse` makes it answer "451 try again later" to every recipient meanwhile,
 * as a server that is down or overloaded does.
 */
export async function startSmtp(): Promise<{
  url: string
  received: ReceivedMail[]
  refuse: (on: boolean) => void
  stop: () => Promise<void>
}> {
  const received: ReceivedMail[] = []
  let refusing = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!refusing) return callback()
      const error = Object.assign(new Error('Try again later'), { responseCode: 451 })
      callback(error)
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address
        received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, ...parse(raw) })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  if (address === null || typeof address === 'string') throw new Error('SMTP server has no port')
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    refuse: (on) => {
      refusing = on
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
