import type { TextPart } from '@samskriv/shared'

/** Text with the search's matches in `<mark>` (the parts are text: nothing in them is markup). */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
