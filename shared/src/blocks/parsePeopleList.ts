/** One person read from a pasted list, as an attendance row holds them. */
export interface PastedPerson {
  readonly name: string
  readonly organisation: string
  /** Title or role, e.g. utvecklingsledare, Brukarrepresentant. */
  readonly role: string
  /** Marked "tf" (stood in for a member). */
  readonly standIn: boolean
  /** Marked "via länk" / "distans". */
  readonly remote: boolean
}

/** The longest name, organisation or role an attendance row holds (its schema's limit). */
const FIELD_LENGTH = 300

/** Words that make a part an organisation rather than a title. */
const ORGANISATION =
  /\b(kommun|region|regionen|kommunförbundet|förbundet|landsting|län|förvaltning|sjukhus|kommunalförbund)\b|\bRKL\b|\bHSF\b/iu
const STAND_IN = /(^|[\s(,])(tf|t\.f\.|ersättare för [^,)]+)(?=$|[\s),])/iu
const REMOTE = /(^|[\s(,])(via länk|via teams|digitalt|distans|på distans)(?=$|[\s),])/iu
/** A list marker at the start of a line: •, ·, -, *, "1.", "1)". */
const MARKER = /^\s*(?:[•·▪◦*-]|\d{1,3}[.)])\s+/u
/** Separators between name, title and organisation: tab, semicolon, comma, or a spaced dash. */
const SEPARATOR = /\t+|\s*;\s*|\s*,\s*|\s+[–—-]\s+/u

/**
 * Reads people from text pasted from Word, Excel or an e-mail: one person per line, name first,
 * then title and organisation separated by tabs, commas, semicolons or " – ". A line ending in a
 * comma goes on on the next line (Word wraps long names so). Headings ("Närvarande ledamöter:")
 * and empty lines are skipped; "tf" and "via länk" become the row's marks.
 */
export function parsePeopleList(text: string): PastedPerson[] {
  const lines: string[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\u00a0/g, ' ').trim()
    const previous = lines[lines.length - 1]
    if (previous !== undefined && /,\s*$/.test(previous) && line !== '') lines[lines.length - 1] = `${previous} ${line}`
    else lines.push(line)
  }
  return lines.flatMap((line): PastedPerson[] => {
    const cleaned = line.replace(MARKER, '').trim()
    if (cleaned === '' || /:$/.test(cleaned)) return []
    const standIn = STAND_IN.test(cleaned)
    const remote = REMOTE.test(cleaned)
    const withoutMarks = cleaned
      .replace(new RegExp(STAND_IN.source, 'giu'), '$1')
      .replace(new RegExp(REMOTE.source, 'giu'), '$1')
      .replace(/\(\s*\)/g, '')
    const parts = withoutMarks
      .split(SEPARATOR)
      .map((part) => part.replace(/^[(\s]+|[)\s]+$/g, '').trim())
      .filter(Boolean)
    const [name, ...rest] = parts
    if (name === undefined) return []
    let organisation = ''
    const roles: string[] = []
    for (const part of rest) {
      if (organisation === '' && ORGANISATION.test(part)) organisation = part
      else roles.push(part)
    }
    // Three parts with no recognisable organisation: name, title, organisation as written.
    if (organisation === '' && roles.length >= 2) organisation = roles.pop()!
    // An attendee's fields hold at most FIELD_LENGTH characters; longer text would not validate.
    const fit = (text: string) => text.slice(0, FIELD_LENGTH)
    return [{ name: fit(name), organisation: fit(organisation), role: fit(roles.join(', ')), standIn, remote }]
  })
}
