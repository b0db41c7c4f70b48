import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Paging } from '../api/RegistersApi'
import { useRegisterList, type RegisterList, type RegisterLoaders } from './useRegisterList'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let latest: RegisterList<number> | null = null
const roots: Root[] = []
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount())
  latest = null
  vi.restoreAllMocks()
})

function Probe({ loaders, filterKey }: { loaders: RegisterLoaders<number>; filterKey: string }) {
  const list = useRegisterList(filterKey, loaders, 2)
  useEffect(() => {
    latest = list
  })
  return null
}

function mount(loaders: RegisterLoaders<number>, filterKey = 'alla'): (next: string) => void {
  const root = createRoot(document.createElement('div'))
  roots.push(root)
  act(() => root.render(<Probe loaders={loaders} filterKey={filterKey} />))
  return (next) => act(() => root.render(<Probe loaders={loaders} filterKey={next} />))
}

const list = () => {
  if (latest === null) throw new Error('not rendered')
  return latest
}

/** A server with the numbers 1–5, answering pages as the API does. */
function server(failing = false) {
  const calls: Paging[] = []
  const page = vi.fn(async (paging: Paging) => {
    calls.push(paging)
    await Promise.resolve()
    if (failing) throw new Error('no answer')
    const all = [1, 2, 3, 4, 5]
    return { rows: all.slice(paging.offset, paging.offset + paging.limit), total: all.length }
  })
  return { page, calls }
}

const device = vi.fn(() => Promise.resolve({ rows: [10, 11, 12], total: 3 }))

describe('useRegisterList', () => {
  it('reads pages from the server while online and appends each further page', async () => {
    const { page } = server()
    mount({ server: page, device })
    await vi.waitFor(() => expect(list().rows).toEqual([1, 2]))
    expect(list()).toMatchObject({ total: 5, source: 'server' })
    act(() => list().loadMore())
    await vi.waitFor(() => expect(list().rows).toEqual([1, 2, 3, 4]))
    act(() => list().loadMore())
    await vi.waitFor(() => expect(list().rows).toEqual([1, 2, 3, 4, 5]))
    expect(device).not.toHaveBeenCalled()
  })

  it('falls back to the device when the server does not answer, and says so', async () => {
    mount({ server: server(true).page, device })
    await vi.waitFor(() => expect(list().rows).toEqual([10, 11]))
    expect(list()).toMatchObject({ total: 3, source: 'serverUnavailable' })
    act(() => list().loadMore())
    await vi.waitFor(() => expect(list().rows).toEqual([10, 11, 12]))
  })

  it('reads the device only while offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { page } = server()
    mount({ server: page, device })
    await vi.waitFor(() => expect(list().source).toBe('offline'))
    expect(list().rows).toEqual([10, 11])
    expect(page).not.toHaveBeenCalled()
  })

  it('reloads as many rows as are shown, and starts again for other filters', async () => {
    const { page, calls } = server()
    const rerender = mount({ server: page, device })
    await vi.waitFor(() => expect(list().rows).toEqual([1, 2]))
    act(() => list().loadMore())
    await vi.waitFor(() => expect(list().rows).toHaveLength(4))
    act(() => list().reload())
    await vi.waitFor(() => expect(calls.at(-1)).toEqual({ limit: 4, offset: 0 }))
    expect(list().rows).toEqual([1, 2, 3, 4])
    rerender('annat')
    expect(list().rows).toBeNull()
    await vi.waitFor(() => expect(list().rows).toEqual([1, 2]))
    expect(calls.at(-1)).toEqual({ limit: 2, offset: 0 })
  })
})
