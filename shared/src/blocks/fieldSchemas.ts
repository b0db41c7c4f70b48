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

/** A link attached to a block (slides, a report). */
export const attachmentSchema = z.object({
  /** What is shown, e.g. "Bildspel". */
  label: z.string().max(200),
  /** An http(s) address. */
  href: z
    .string()
    .max(2000)
    .regex(/^https?:\/\//i, 'an attachment address starts with http:// or https://'),
})
export type Attachment = z.infer<typeof attachmentSchema>
