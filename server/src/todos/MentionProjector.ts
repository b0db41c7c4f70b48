import { parseDocumentId, readComments, type Comment, type Room } from '@samskriv/shared'
import type { Logger } from '../Logger.js'
import type { Policy } from '../policy/Policy.js'
import type { Relay } from '../relay/Relay.js'
import type { MentionChanges, MentionRecord } from '../storage/MentionStore.js'
import type { DocumentRecord, Storage } from '../storage/Storage.js'
import { commentMentions } from './commentMentions.js'

/** Reads a document's stored comments (its annotations room, as committed). */
export type ReadComments = (documentId: string) => Promise<Comment[]>

/** Reads comments through the relay (the room's committed state, loaded if it is not in memory). */
export function relayComments(relay: Pick<Relay, 'read'>): ReadComments {
  return (id) => {
    const documentId = parseDocumentId(id)
    if (!documentId) return Promise.resolve([])
    return relay.read({ documentId, kind: 'annotations' }, (doc) => readComments(doc))
  }
}

/** Told after a document's mentions changed: whose to-dos, and which mentions are new. */
export type MentionsChanged = (document: DocumentRecord, changes: MentionChanges) => void

/**
 * Keeps the mentions (to-dos) in step with the stored comments, off the relay's path: a committed
 * change to a document's comments marks it, and marked documents are read again once `delayMs`
 * pass without another. Only people who may read the document count: a mention of anyone else
 * stores nothing and tells nobody. What the client sent is never trusted beyond that: the
 * mentions are read from the comments as the relay stored them.
 */
export class MentionProjector {
  private readonly dirty = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  private work: Promise<void> = Promise.resolve()

  constructor(
    private readonly storage: Pick<Storage, 'mentions' | 'catalog' | 'accounts'>,
    private readonly policy: Policy,
    private readonly read: ReadComments,
    private readonly changed: MentionsChanged,
    private readonly log: Logger,
    private readonly delayMs = 300,
  ) {}

  /** A room committed a change; only annotations rooms matter. */
  noteCommitted(room: Room): void {
    if (room.kind !== 'annotations') return
    this.dirty.add(room.documentId)
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
  }

  /** Projects every marked document now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    for (const id of this.dirty) {
      this.work = this.work
        .then(async () => {
          if (!this.dirty.delete(id)) return
          await this.project(id)
        })
        .catch((error: unknown) => {
          this.log.error({ document: id, error: String(error) }, 'could not update the mentions')
        })
    }
    return this.work
  }

  /** Brings one document's mentions up to date with its comments. */
  async project(documentId: string): Promise<void> {
    const document = await this.storage.catalog.get(documentId)
    if (!document) return
    const candidates = commentMentions(documentId, await this.read(documentId))
    const allowed = new Map<string, boolean>()
    const mentions: MentionRecord[] = []
    for (const mention of candidates) {
      if (!allowed.has(mention.userId)) allowed.set(mention.userId, await this.mayRead(mention.userId, document))
      if (allowed.get(mention.userId)) mentions.push(mention)
    }
    const changes = await this.storage.mentions.replaceDocument(documentId, mentions)
    if (changes.affected.length > 0) this.changed(document, changes)
  }

  private async mayRead(userId: string, document: DocumentRecord): Promise<boolean> {
    const user = await this.storage.accounts.userById(userId)
    if (!user || user.disabledAt !== null || user.passwordHash === null) return false
    return this.policy.can(user, 'read', document)
  }
}
