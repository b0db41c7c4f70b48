import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { meetingHeader, typedAttrs } from '@samskriv/shared'

/** The meeting's deciding body and date, which a decision without its own falls back to. */
export interface MeetingDefaults {
  decidingBody: string
  date: string
}

const NONE: MeetingDefaults = { decidingBody: '', date: '' }

/** The protocol header's deciding body and date, kept current as the header is edited. */
export function useMeetingDefaults(editor: Editor): MeetingDefaults {
  return (
    useEditorState({
      editor,
      selector: ({ editor: current }): MeetingDefaults => {
        let found: MeetingDefaults = NONE
        current.state.doc.forEach((node) => {
          if (found !== NONE || node.type.name !== meetingHeader.name) return
          const attrs = typedAttrs(meetingHeader, { attrs: node.attrs })
          found = { decidingBody: attrs.decidingBody, date: attrs.date }
        })
        return found
      },
    }) ?? NONE
  )
}
