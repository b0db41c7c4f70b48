import type { DocumentSummary } from '@samskriv/shared'
import { describe, expect, it, vi } from 'vitest'
import { prepareMeetingOffline } from './prepareMeetingOffline'

const doc = (id: string) => ({ id, title: id, type: 'protocol' }) as unknown as DocumentSummary

describe('prepareMeetingOffline', () => {
  it('remembers and syncs content and comments of each document, one at a time', async () => {
    const calls: string[] = []
    const progress: string[] = []
    const result = await prepareMeetingOffline(
      [doc('a'), doc('b'), doc('c')],
      {
        remember: (d) => Promise.resolve(calls.push(`remember ${d.id}`)),
        syncContent: (d) => {
          calls.push(`content ${d.id}`)
          return Promise.resolve(d.id === 'b' ? 'unreachable' : 'synced')
        },
        syncComments: (d) => {
          calls.push(`comments ${d.id}`)
          return d.id === 'c' ? Promise.reject(new Error('boom')) : Promise.resolve('synced')
        },
      },
      (id, readiness) => progress.push(`${id}:${readiness}`),
    )
    expect(calls).toEqual([
      'remember a',
      'content a',
      'comments a',
      'remember b',
      'content b',
      'remember c',
      'content c',
      'comments c',
    ])
    expect(progress).toEqual(['a:syncing', 'a:ready', 'b:syncing', 'b:failed', 'c:syncing', 'c:failed'])
    expect([...result]).toEqual([
      ['a', 'ready'],
      ['b', 'failed'],
      ['c', 'failed'],
    ])
  })

  it('does nothing for an empty pack', async () => {
    const remember = vi.fn()
    expect(
      (await prepareMeetingOffline([], { remember, syncContent: vi.fn(), syncComments: vi.fn() }, vi.fn())).size,
    ).toBe(0)
    expect(remember).not.toHaveBeenCalled()
  })
})
