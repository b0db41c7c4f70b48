/** The catalogue's texts for mentions (`@name`) in comments and their to-dos. */
export const mentionSv = {
  'mentions.hint': 'Skriv @ för att nämna någon i gruppen.',
  'mentions.listLabel': 'Personer att nämna',
  'mentions.found_one': '{count} person att nämna. Välj med pil upp och ned och Enter.',
  'mentions.found_other': '{count} personer att nämna. Välj med pil upp och ned och Enter.',
  'mentions.none': 'Ingen i gruppen heter så.',
  'mentions.chosen': '{name} nämns.',
  'todos.mentions': 'Kommentarer som nämner dig',
  'todos.mention': '{author} nämnde dig i ”{title}”',
  'todos.mentionDone': 'Klar',
  'todos.mentionDoneLabel': 'Klar: kommentaren av {author} i ”{title}”',
} as const

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
