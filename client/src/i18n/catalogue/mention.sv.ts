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
