import { z } from 'zod'
import { ACTIVITY_STATUSES } from '../blocks/activity.js'
import { defineRoute } from '../api/route.js'

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

/** `GET /api/todos`: what waits for the signed-in person, each kind oldest first. */
export const todoListSchema = z.object({
  justeringar: z.array(justeringTodoSchema),
  proposals: z.array(proposalTodoSchema),
  overdue: z.array(overdueTodoSchema),
})
export type TodoList = z.infer<typeof todoListSchema>

/** How many things wait in a to-do list (the badge). */
export function todoCount(list: TodoList): number {
  return list.justeringar.length + list.proposals.length + list.overdue.length
}

/** The signed-in person's to-dos. */
export const TODO_ROUTES = {
  list: defineRoute({ method: 'GET', path: '/api/todos', response: todoListSchema }),
} as const
