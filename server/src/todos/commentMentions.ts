import { commentExcerpt, mentionedIds, type Comment } from '@samskriv/shared'
import type { MentionRecord } from '../storage/MentionStore.js'

/**
 * Who each comment of a document mentions, from the comments as stored: one record per comment and
 * person mentioned, leaving out withdrawn comments and people mentioning themselves. A mention is
 * already seen when the person has since written in the same thread (they answered it). Whether
 * the person may read the document is decided apart (see MentionProjector).
 */
export function commentMentions(documentId: string, comments: readonly Comment[]): MentionRecord[] {
  const threadOf = (comment: Comment) => comment.parentId ?? comment.id
  const mentions: MentionRecord[] = []
  for (const comment of comments) {
    if (comment.deleted) continue
    for (const userId of mentionedIds(comment.body)) {
      if (userId === comment.authorId) continue
      const answer = comments.find(
        (other) =>
          other.authorId === userId &&
          !other.deleted &&
          threadOf(other) === threadOf(comment) &&
          other.createdAt > comment.createdAt,
      )
      mentions.push({
        documentId,
        commentId: comment.id,
        threadId: threadOf(comment),
        userId,
        authorId: comment.authorId,
        authorName: comment.authorName,
        excerpt: commentExcerpt(comment.body),
        createdAt: comment.createdAt,
        seenAt: answer?.createdAt ?? null,
      })
    }
  }
  return mentions
}
