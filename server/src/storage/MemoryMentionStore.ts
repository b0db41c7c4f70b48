import { diffMentions, mentionKey, type MentionChanges, type MentionRecord, type MentionStore } from './MentionStore.js'

/** Mentions in memory. */
export class MemoryMentionStore implements MentionStore {
  /** Document id → mention key → mention. */
  private readonly byDocument = new Map<string, Map<string, MentionRecord>>()

  replaceDocument(documentId: string, mentions: readonly MentionRecord[]): Promise<MentionChanges> {
    const current = this.byDocument.get(documentId) ?? new Map<string, MentionRecord>()
    const { insert, remove, seen, affected } = diffMentions([...current.values()], mentions)
    for (const m of remove) current.delete(mentionKey(m))
    for (const m of insert) current.set(mentionKey(m), structuredClone(m))
    for (const m of seen) current.set(mentionKey(m), { ...current.get(mentionKey(m))!, seenAt: m.seenAt })
    this.byDocument.set(documentId, current)
    return Promise.resolve({ added: structuredClone(insert), affected })
  }

  unseenFor(userId: string): Promise<MentionRecord[]> {
    const found = [...this.byDocument.values()]
      .flatMap((mentions) => [...mentions.values()])
      .filter((m) => m.userId === userId && m.seenAt === null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.commentId.localeCompare(b.commentId))
    return Promise.resolve(structuredClone(found))
  }

  markSeen(userId: string, documentId: string, commentId: string, at: string): Promise<boolean> {
    const mentions = this.byDocument.get(documentId)
    const key = mentionKey({ commentId, userId })
    const mention = mentions?.get(key)
    if (!mentions || !mention || mention.seenAt !== null) return Promise.resolve(false)
    mentions.set(key, { ...mention, seenAt: at })
    return Promise.resolve(true)
  }
}
