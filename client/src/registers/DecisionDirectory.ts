import { compareDecisions, matchesDecisionQuery, type DecisionEntry } from '@samskriv/shared'
import type { RegistersApi } from '../api/RegistersApi'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { readLocalRegisters } from './readLocalRegisters'

/** Where a list of decisions came from. */
export type DecisionSource = 'server' | 'device'

/** Decisions to choose from, and where they came from. */
export interface DecisionChoices {
  decisions: DecisionEntry[]
  source: DecisionSource
}

const PAGE = 200
/** The most decisions fetched for linking; beyond it only the device's and the newest are offered. */
const MAX_DECISIONS = 2000
const FRESH_MS = 30_000
const SHARED_MS = 3_000

/**
 * The decisions an activity can be linked to, and lookups of a linked decision by id: from the
 * server's register when it answers (kept for a short while), merged with the decisions in the
 * documents on this device (which include protocols written offline).
 */
export class DecisionDirectory {
  private cached: { at: number; decisions: DecisionEntry[] } | null = null
  /** The last merged list, shared by the lookups of one screen (every row of the overview). */
  private recent: { at: number; choices: Promise<DecisionChoices> } | null = null

  constructor(
    private readonly db: LocalDatabase,
    private readonly api: RegistersApi,
  ) {}

  /** Decisions whose title, text, agenda item or document title contain `text`, newest first. */
  async search(text: string): Promise<DecisionChoices> {
    const { decisions, source } = await this.all()
    const q = text.trim()
    const matching = q === '' ? decisions : decisions.filter((d) => matchesDecisionQuery(d, { q }))
    return { decisions: matching, source }
  }

  /** The decision with this id, or null when neither the server nor the device knows it. */
  async find(id: string): Promise<DecisionEntry | null> {
    if (id === '') return null
    const { decisions } = await this.all()
    return decisions.find((d) => d.id === id) ?? null
  }

  /** Forgets the server's list (after a change, so the next lookup fetches it again). */
  invalidate(): void {
    this.cached = null
    this.recent = null
  }

  private all(): Promise<DecisionChoices> {
    if (this.recent !== null && Date.now() - this.recent.at < SHARED_MS) return this.recent.choices
    const choices = this.load()
    this.recent = { at: Date.now(), choices }
    choices.catch(() => {
      if (this.recent?.choices === choices) this.recent = null
    })
    return choices
  }

  private async load(): Promise<DecisionChoices> {
    const local = (await readLocalRegisters(this.db)).decisions
    const server = navigator.onLine ? await this.serverDecisions().catch(() => null) : null
    if (server === null) return { decisions: local.sort(compareDecisions), source: 'device' }
    const byId = new Map(server.map((d) => [d.id, d]))
    for (const d of local) if (!byId.has(d.id)) byId.set(d.id, d)
    return { decisions: [...byId.values()].sort(compareDecisions), source: 'server' }
  }

  private async serverDecisions(): Promise<DecisionEntry[]> {
    if (this.cached !== null && Date.now() - this.cached.at < FRESH_MS) return this.cached.decisions
    const decisions: DecisionEntry[] = []
    let total = Infinity
    while (decisions.length < Math.min(total, MAX_DECISIONS)) {
      const page = await this.api.decisions({}, { limit: PAGE, offset: decisions.length })
      total = page.total
      decisions.push(...page.decisions)
      if (page.decisions.length === 0) break
    }
    this.cached = { at: Date.now(), decisions }
    return decisions
  }
}
