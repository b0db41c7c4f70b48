import type { todoSv } from './todo.sv'

/** English for `todo.sv.ts`, key for key. */
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
