import { compareDecisions, matchesDecisionQuery, type DecisionEntry } from '@samskriv/shared'
import type { RegistersApi } from '../api/RegistersApi'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { readLocalRegisters } from './readLocalRegisters'

/** Where a list of decisions came from. */
export type DecisionSource = 'server' | 'device'

/** Decisions to choose from, and where they came from. */
export interface DecisionChoices {
  /** Newest first: the server's first matches with the device's own merged in. */
  decisions: DecisionEntry[]
  /** How many match in all; more than `decisions` holds when the server has more. */
  total: number
  source: DecisionSource
}

/** The most matches fetched from the server for one search (the API's page limit). */
const SEARCH_LIMIT = 200
/** The longest free text the API takes; longer searches are narrowed here. */
const MAX_QUERY_LENGTH = 200
/** How long a looked-up decision is reused (every row of the activity overview looks one up). */
const FOUND_FRESH_MS = 30_000
/** How long a search answer, or the device's decisions, are shared by the lookups of one screen. */
const SHARED_MS = 3_000

interface Cached<T> {
  at: number
  value: Promise<T>
}

/** A cached promise while fresh; forgotten when it rejects, so the next call asks again. */
function reuse<T>(cache: Map<string, Cached<T>>, key: string, freshMs: number, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key)
  if (hit !== undefined && Date.now() - hit.at < freshMs) return hit.value
  const value = load()
  const entry = { at: Date.now(), value }
  cache.set(key, entry)
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key)
  })
  return value
}

/**
 * The decisions an activity can be linked to, and lookups of a linked decision by id: from the
 * server's register when it answers (`GET /api/decisions?q=` for a search, `?id=` for a lookup;
 * never the whole register), merged with the decisions in the documents on this device (which
 * include protocols written offline and not yet on the server).
 */
export class DecisionDirectory {
  private readonly found = new Map<string, Cached<DecisionEntry | null>>()
  private readonly searches = new Map<string, Cached<{ decisions: DecisionEntry[]; total: number }>>()
  private readonly local = new Map<string, Cached<DecisionEntry[]>>()

  constructor(
    private readonly db: LocalDatabase,
    private readonly api: RegistersApi,
  ) {}

  /**
   * Decisions whose title, text, agenda item or document title contain `text`, newest first: the
   * server's matches when it answers, with the device's own matches merged in.
   */
  async search(text: string): Promise<DecisionChoices> {
    const q = text.trim()
    const local = this.deviceDecisions()
    const server = navigator.onLine ? await this.serverSearch(q).catch(() => null) : null
    const matching = (await local).filter((d) => q === '' || matchesDecisionQuery(d, { q }))
    if (server === null) {
      return { decisions: matching.sort(compareDecisions), total: matching.length, source: 'device' }
    }
    const byId = new Map(server.decisions.map((d) => [d.id, d]))
    let onlyOnDevice = 0
    for (const d of matching) {
      if (byId.has(d.id)) continue
      byId.set(d.id, d)
      onlyOnDevice += 1
    }
    return {
      decisions: [...byId.values()].sort(compareDecisions),
      total: server.total + onlyOnDevice,
      source: 'server',
    }
  }

  /** The decision with this id (the server's, else the device's), or null when neither knows it. */
  async find(id: string): Promise<DecisionEntry | null> {
    if (id === '') return null
    const server = navigator.onLine ? await this.serverFind(id).catch(() => null) : null
    if (server !== null) return server
    return (await this.deviceDecisions()).find((d) => d.id === id) ?? null
  }

  /** Forgets what the server answered (after a change, so the next lookup asks again). */
  invalidate(): void {
    this.found.clear()
    this.searches.clear()
    this.local.clear()
  }

  private serverFind(id: string): Promise<DecisionEntry | null> {
    return reuse(this.found, id, FOUND_FRESH_MS, async () => {
      const page = await this.api.decisions({ id }, { limit: 1, offset: 0 })
      return page.decisions[0] ?? null
    })
  }

  private serverSearch(q: string): Promise<{ decisions: DecisionEntry[]; total: number }> {
    return reuse(this.searches, q, SHARED_MS, async () => {
      // A longer text is searched by its beginning, then narrowed here with the whole of it.
      const sent = q.slice(0, MAX_QUERY_LENGTH)
      const page = await this.api.decisions(sent === '' ? {} : { q: sent }, { limit: SEARCH_LIMIT, offset: 0 })
      if (sent === q) return { decisions: page.decisions, total: page.total }
      const decisions = page.decisions.filter((d) => matchesDecisionQuery(d, { q }))
      return { decisions, total: decisions.length }
    })
  }

  private deviceDecisions(): Promise<DecisionEntry[]> {
    return reuse(this.local, 'all', SHARED_MS, async () => (await readLocalRegisters(this.db)).decisions)
  }
}
