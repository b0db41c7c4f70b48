import type { mentionSv } from './mention.sv'

/** English for `mention.sv.ts`, key for key. */
export const mentionEn: Record<keyof typeof mentionSv, string> = {
  'mentions.hint': 'Type @ to mention someone in the group.',
  'mentions.listLabel': 'People to mention',
  'mentions.found_one': '{count} person to mention. Choose with the up and down arrows and Enter.',
  'mentions.found_other': '{count} people to mention. Choose with the up and down arrows and Enter.',
  'mentions.none': 'Nobody in the group has that name.',
  'mentions.chosen': '{name} is mentioned.',
  'todos.mentions': 'Comments that mention you',
  'todos.mention': '{author} mentioned you in “{title}”',
  'todos.mentionDone': 'Done',
  'todos.mentionDoneLabel': 'Done: the comment by {author} in “{title}”',
}
