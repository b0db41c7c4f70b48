import type { OutgoingMail } from '../storage/MailOutbox.js'

/** An e-mail as it is sent: subject and plain text. */
export interface MailText {
  readonly subject: string
  readonly text: string
}

const FOOTER =
  '\n\n—\nDet här meddelandet skickades av Samskriv eftersom något väntar på dig. ' +
  'Du hittar allt som väntar under ”Att göra” när du är inloggad.'

/** Swedish dates for texts (ISO date → "30 juni 2026"). */
function swedishDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  )
}

/** The address of a document (and a comment or block in it) under the server's public address. */
export function documentLink(base: string, mail: OutgoingMail): string {
  const root = `${base.replace(/\/+$/, '')}/dokument/${encodeURIComponent(mail.documentId)}`
  if (mail.kind === 'mention' && mail.payload.commentId)
    return `${root}?kommentar=${encodeURIComponent(mail.payload.commentId)}`
  if (mail.kind === 'overdue' && mail.payload.activityId)
    return `${root}#${encodeURIComponent(mail.payload.activityId)}`
  return root
}

/**
 * The text of a notification e-mail, in Swedish (accounts have no language of their own yet):
 * what waits, in which document, from whom, and the link to it. Only what the recipient may read
 * anyway is in it (titles and names of their group's documents, the comment that mentions them).
 */
export function mailText(mail: OutgoingMail, base: string): MailText {
  const p = mail.payload
  const link = documentLink(base, mail)
  const title = p.title ?? ''
  switch (mail.kind) {
    case 'justering':
      return {
        subject: `Justera ”${title}”`,
        text:
          `Hej ${p.recipientName ?? ''},\n\n${p.startedBy ?? 'Någon'} har startat justering av ”${title}” ` +
          `(omgång ${p.round ?? '1'}) och du är utsedd att justera protokollet.\n\n` +
          `Läs texten och justera eller lämna synpunkter här:\n${link}${FOOTER}`,
      }
    case 'proposal':
      return {
        subject: `Förslag att hantera i ”${title}”`,
        text:
          `Hej ${p.recipientName ?? ''},\n\n${p.author ?? 'Någon'} har lämnat ett förslag till ändring i ”${title}”, ` +
          `som redan är låst. Som samordnare kan du föra in förslaget eller avvisa det.\n\n` +
          `Öppna dokumentet:\n${link}${FOOTER}`,
      }
    case 'mention':
      return {
        subject: `${p.author ?? 'Någon'} nämnde dig i ”${title}”`,
        text:
          `Hej ${p.recipientName ?? ''},\n\n${p.author ?? 'Någon'} nämnde dig i en kommentar i ”${title}”:\n\n` +
          `”${p.excerpt ?? ''}”\n\nSe kommentaren och svara:\n${link}${FOOTER}`,
      }
    case 'overdue':
      return {
        subject: `Försenad aktivitet: ${p.description || 'aktivitet utan beskrivning'}`,
        text:
          `Hej ${p.recipientName ?? ''},\n\nAktiviteten ”${p.description || 'utan beskrivning'}” i ”${title}”, ` +
          `som du är ansvarig för, skulle ha varit klar ${swedishDate(p.timeTo ?? '')} och är inte markerad som ` +
          `genomförd.\n\nFölj upp den här:\n${link}${FOOTER}`,
      }
  }
}
