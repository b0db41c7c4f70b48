import { describe, expect, it } from 'vitest'
import { matchQuery, QueryClient } from '@tanstack/react-query'
import { NOTICE_TOPICS } from '@samskriv/shared'
import { keysForTopic, queryKeys } from './queryKeys'

/** Whether invalidating `staleKey` reaches the query under `key` (prefix match, as TanStack Query does). */
function reaches(staleKey: readonly unknown[], key: readonly unknown[]): boolean {
  const client = new QueryClient()
  const query = client.getQueryCache().build(client, { queryKey: key })
  return matchQuery({ queryKey: staleKey }, query)
}

describe('keysForTopic', () => {
  it('a notice about a document makes its approval details, version list and versions stale, not another’s', () => {
    const [stale] = keysForTopic(NOTICE_TOPICS.document('d1'))
    expect(stale).toBeDefined()
    for (const key of [queryKeys.approval('d1'), queryKeys.versions('d1'), queryKeys.version('d1', 2)]) {
      expect(reaches(stale!, key)).toBe(true)
    }
    expect(reaches(stale!, queryKeys.approval('d2'))).toBe(false)
  })

  it('a change to the groups reaches every group’s members', () => {
    expect(reaches(queryKeys.groups, queryKeys.groupMembers('g1'))).toBe(true)
    expect(reaches(queryKeys.groupMembers('g1'), queryKeys.groupMembers('g2'))).toBe(false)
  })
})
