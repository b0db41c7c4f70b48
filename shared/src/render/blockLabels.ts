import type { DecisionKind, PlanSectionKind } from '../blocks/index.js'

/**
 * Swedish labels used when a document is rendered for export (HTML, Markdown, PDF): the export
 * is a document in the document's language, not user-interface text.
 */
export const EXPORT_LABELS = {
  meeting: 'Sammanträde',
  body: 'Organ',
  date: 'Datum',
  place: 'Plats',
  time: 'Tid',
  chair: 'Ordförande',
  adjusters: 'Justerare',
  presenters: 'Föredragare',
  attachments: 'Bilagor',
  raisedBy: 'Väckt av',
  addendumFor: 'Tillägg till protokoll från',
  decision: 'Beslut',
  information: 'Information',
  group: 'Grupp',
  membersPresent: 'Närvarande ledamöter',
  othersPresent: 'Övriga närvarande',
  remote: 'via länk',
  standIn: 'tf',
  responsible: 'Ansvarig',
  timeFrame: 'Tidsram',
  status: 'Status',
  milestones: 'Milstolpar',
  ongoingWork: 'Fortgå över tid',
  area: 'Område',
  activities: 'Aktiviteter',
  party: 'Part',
  responsibilities: 'Ansvar',
  step: 'Steg',
  who: 'Vem',
  when: 'När',
  documentFacts: 'Dokumentfakta',
  owner: 'Dokumentägare',
  approvedBy: 'Godkänd av',
  approvedAt: 'Godkänd',
  validFrom: 'Gäller från',
  validUntil: 'Gäller till',
  nextReview: 'Nästa revision',
  revision: 'Revidering',
  period: 'Period',
} as const

export const SECTION_LABELS: Record<PlanSectionKind, string> = {
  vision: 'Övergripande målbild',
  targetGroup: 'Målgrupp',
  strategicDirections: 'Strategiska inriktningar',
  improvementAreas: 'Identifierade förbättringsområden',
  responsible: 'Ansvarig',
  implementation: 'Genomförande',
  followUp: 'Uppföljning',
  purpose: 'Syfte',
  goals: 'Mål',
  timeFrame: 'Tidsram',
  background: 'Bakgrund',
}

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  approveDocument: 'Godkännande av dokument',
  setIndicator: 'Fastställande av indikator',
  changeMember: 'Byte av ledamot',
  fileMinutes: 'Protokoll till handlingarna',
  funding: 'Finansiering',
  other: 'Övrigt',
}

export const STATUS_LABELS = {
  planned: 'Planerad',
  ongoing: 'Pågående',
  done: 'Genomförd',
  cancelled: 'Avbruten',
} as const
