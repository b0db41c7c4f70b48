import { z } from 'zod'

/** A calendar date `YYYY-MM-DD`, or '' while not filled in. */
export const optionalDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date is written YYYY-MM-DD')
  .default('')

/** A short single-line text (a name, an organisation, a role); '' while not filled in. */
export const shortText = z.string().max(300).default('')

/** A block id: stable across edits, so links to it keep working; '' until assigned. */
export const blockId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{0,64}$/, 'a block id is up to 64 characters of A–Z, a–z, 0–9, _ and -')
  .default('')

/** A person named in a block. */
export const personSchema = z.object({
  /** Full name. */
  name: z.string().max(200),
  /** Title or role, e.g. utvecklingsledare. */
  title: z.string().max(200).default(''),
  /** Municipality, region or Kommunförbundet. */
  organisation: z.string().max(200).default(''),
})
export type Person = z.infer<typeof personSchema>

/** What makes an attachment's address a link that may be opened: http:// or https://. */
const LINK_ADDRESS = /^https?:\/\/\S/i

/**
 * A link attached to a block (slides, a report). A row may be stored half filled in (the address
 * still empty, or not yet a link): it stays in the editor's form until it is finished, is reported
 * by the check list, and is left out of the reading view and the exports. One unfinished row must
 * never make the block's other attachments unreadable.
 */
export const attachmentSchema = z.object({
  /** What is shown, e.g. "Bildspel". */
  label: z.string().max(200).default(''),
  /** An http(s) address once filled in; '' while not. */
  href: z.string().max(2000).default(''),
})
export type Attachment = z.infer<typeof attachmentSchema>

/** Whether an attachment's address is a link that may be opened (http or https). */
export function isLinkAddress(href: string): boolean {
  return LINK_ADDRESS.test(href.trim())
}

/** A bare host name a person types for a web address: "www.…" or a name under a common top domain. */
const BARE_HOST = /^(www\.[\p{L}\p{N}.-]+|[\p{L}\p{N}.-]+\.(se|nu|com|org|net|eu|info|io))(:\d+)?([/?#]\S*)?$/iu

/** A typed address as stored: trimmed, and `https://` before a bare host name ("www.example.se/x"). */
export function normaliseLinkAddress(text: string): string {
  const trimmed = text.trim()
  return BARE_HOST.test(trimmed) ? `https://${trimmed}` : trimmed
}

/** The attachments that are finished links, for reading views and exports. */
export function linkedAttachments(attachments: readonly Attachment[]): Attachment[] {
  return attachments.filter((a) => isLinkAddress(a.href)).map((a) => ({ label: a.label.trim(), href: a.href.trim() }))
}
