import { z } from 'zod'
import { ACTIVITY_STATUSES } from '../blocks/activity.js'
import { defineRoute } from '../api/route.js'
import { documentIdSchema } from '../documentId.js'

/** A protocol frozen for justering whose signers include me, and I have not answered yet. */
export const justeringTodoSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  round: z.number().int().positive(),
  startedAt: z.iso.datetime(),
  /** Who started it. */
  startedBy: z.string(),
})

/** A proposal (offline edits refused by the lock) waiting for a coordinator of its group: me. */
export const proposalTodoSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  proposalId: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
})

/** An activity I am responsible for (by my name), past its end date and neither done nor cancelled. */
export const overdueTodoSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  activityId: z.string(),
  description: z.string(),
  /** The last day of its time frame (YYYY-MM-DD). */
  timeTo: z.string(),
  /** Its status now (by the plan, or its follow-up). */
  status: z.enum(ACTIVITY_STATUSES),
})

/**
 * A comment that mentions me (`@name`), not yet seen: done when I open it from the to-do, mark it
 * "Klar", or reply in its thread.
 */
export const mentionTodoSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  commentId: z.string(),
  /** The thread's root comment (the comment itself when it starts the thread). */
  threadId: z.string(),
  /** Who wrote the comment. */
  author: z.string(),
  /** The start of its text, mentions as `@Name`. */
  excerpt: z.string(),
  createdAt: z.iso.datetime(),
})
export type MentionTodo = z.infer<typeof mentionTodoSchema>

/** `GET /api/todos`: what waits for the signed-in person, each kind oldest first. */
export const todoListSchema = z.object({
  justeringar: z.array(justeringTodoSchema),
  proposals: z.array(proposalTodoSchema),
  mentions: z.array(mentionTodoSchema),
  overdue: z.array(overdueTodoSchema),
})
export type TodoList = z.infer<typeof todoListSchema>

/** How many things wait in a to-do list (the badge). */
export function todoCount(list: TodoList): number {
  return list.justeringar.length + list.proposals.length + list.mentions.length + list.overdue.length
}

/** The signed-in person's to-dos. */
export const TODO_ROUTES = {
  list: defineRoute({ method: 'GET', path: '/api/todos', response: todoListSchema }),
  /**
   * `POST /api/todos/mentions/:documentId/:commentId/done`: I have seen the comment that mentions me
   * (opened it from the to-do, or pressed "Klar"). Answers the same whether or not there was one.
   */
  mentionDone: defineRoute({
    method: 'POST',
    path: '/api/todos/mentions/:documentId/:commentId/done',
    params: z.strictObject({ documentId: documentIdSchema, commentId: z.string().min(1).max(64) }),
    response: z.object({ ok: z.literal(true) }),
  }),
  /**
   * `GET /api/documents/:id/mentionable` (anyone who may comment on it): the people a comment on the
   * document can mention — the active members of its group, by name.
   */
  mentionable: defineRoute({
    method: 'GET',
    path: '/api/documents/:id/mentionable',
    params: z.strictObject({ id: documentIdSchema }),
    response: z.object({ people: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })) }),
  }),
} as const
