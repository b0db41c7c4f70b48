/** The message catalogue's texts for the to-do view (Swedish first, English mirroring it key for key). */
export const todoSv = {
  'todos.nav': 'Att göra',
  'todos.waiting_one': 'sak väntar',
  'todos.waiting_other': 'saker väntar',
  'todos.title': 'Att göra',
  'todos.intro':
    'Det som väntar på dig: protokoll att justera, förslag att hantera, kommentarer som nämner dig och försenade aktiviteter.',
  'todos.loading': 'Hämtar …',
  'todos.failed': 'Listan kunde inte hämtas från servern.',
  'todos.offline': 'Du är offline. Listan visar läget när enheten senast var ansluten.',
  'todos.nothing': 'Inget väntar på dig just nu.',
  'todos.justeringar': 'Protokoll att justera',
  'todos.justering': 'Justera ”{title}”',
  'todos.justeringMeta': 'Omgång {round}, startad {date} av {name}',
  'todos.proposals': 'Förslag att hantera',
  'todos.proposal': 'Förslag i ”{title}”',
  'todos.proposalMeta': 'Från {name}, {date}',
  'todos.overdue': 'Försenade aktiviteter',
  'todos.overdueMeta': '{document} · skulle vara klar {date} · {status}',
} as const

export const todoEn: Record<keyof typeof todoSv, string> = {
  'todos.nav': 'To do',
  'todos.waiting_one': 'thing waiting',
  'todos.waiting_other': 'things waiting',
  'todos.title': 'To do',
  'todos.intro':
    'What waits for you: protocols to sign, proposals to handle, comments that mention you and overdue activities.',
  'todos.loading': 'Loading …',
  'todos.failed': 'The list could not be fetched from the server.',
  'todos.offline': 'You are offline. The list shows how things stood when the device was last connected.',
  'todos.nothing': 'Nothing waits for you right now.',
  'todos.justeringar': 'Protocols to sign',
  'todos.justering': 'Sign “{title}”',
  'todos.justeringMeta': 'Round {round}, started {date} by {name}',
  'todos.proposals': 'Proposals to handle',
  'todos.proposal': 'Proposal in “{title}”',
  'todos.proposalMeta': 'From {name}, {date}',
  'todos.overdue': 'Overdue activities',
  'todos.overdueMeta': '{document} · due {date} · {status}',
}
