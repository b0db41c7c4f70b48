/**
 * Text for a Markdown export: written as it reads, with nothing a Markdown viewer would take as
 * markup (emphasis, links, headings, lists, raw HTML) and on one line, so a title or a name
 * cannot start a heading or a link of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]{}#|<>~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/, '$1\\$2')
}

const SAFE_HREF = /^(https?:|mailto:|tel:)/i

/**
 * A link target for a Markdown export: http(s), mailto and tel only (null otherwise), with every
 * character that could end the target or start markup percent-encoded.
 */
export function markdownLinkTarget(href: string): string | null {
  const trimmed = href.trim()
  if (!SAFE_HREF.test(trimmed)) return null
  return trimmed.replace(/[\s()<>[\]\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** Inline code that no backtick in the text can close early. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const padded = /^`|`$/.test(text) ? ` ${text} ` : text
  return `${fence}${padded.replace(/[\r\n]+/g, ' ')}${fence}`
}
