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
