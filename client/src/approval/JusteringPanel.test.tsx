import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Justering } from '@samskriv/shared'
import { t } from '../i18n/t'
import { JusteringPanel } from './JusteringPanel'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const HASH = 'a'.repeat(64)
const round = (signers: Justering['signers'], status: Justering['status'] = 'open'): Justering => ({
  round: 1,
  status,
  hash: HASH,
  onBehalfOf: 'Länsgemensam ledning',
  startedAt: '2026-11-20T09:00:00.000Z',
  startedBy: { id: 'c', name: 'Cecilia' },
  signers,
})
const signer = (id: string, name: string, state: 'pending' | 'confirmed' | 'returned', comment = '') => ({
  id,
  name,
  state,
  comment,
  at: state === 'pending' ? null : '2026-11-20T10:00:00.000Z',
})

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function render(props: Parameters<typeof JusteringPanel>[0]): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  act(() => root.render(<JusteringPanel {...props} />))
  cleanups.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return container
}

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)

describe('JusteringPanel', () => {
  it('lets a pending signer confirm the frozen hash once their copy has the same hash', () => {
    const onConfirm = vi.fn()
    const justering = round([signer('anna', 'Anna Lind', 'pending'), signer('bo', 'Bo Ek', 'confirmed')])
    const waiting = render({
      justering,
      myId: 'anna',
      localHash: 'b'.repeat(64),
      onConfirm,
      onSendBack: vi.fn(),
      busy: false,
    })
    expect(waiting.textContent).toContain(t('justering.localDiffers'))
    expect(button(waiting, t('justering.confirm'))?.disabled).toBe(true)

    const ready = render({ justering, myId: 'anna', localHash: HASH, onConfirm, onSendBack: vi.fn(), busy: false })
    expect(ready.querySelector('.justering__mine [data-hash]')?.getAttribute('data-hash')).toBe(HASH)
    expect(ready.textContent).toContain(t('justering.localMatches'))
    act(() => button(ready, t('justering.confirm'))?.click())
    expect(onConfirm).toHaveBeenCalledWith(HASH)
  })

  it('shows each signer’s answer and offers nothing to those who are not pending signers', () => {
    const justering = round([signer('anna', 'Anna Lind', 'confirmed'), signer('bo', 'Bo Ek', 'pending')])
    const other = render({
      justering,
      myId: 'cecilia',
      localHash: HASH,
      onConfirm: vi.fn(),
      onSendBack: vi.fn(),
      busy: false,
    })
    expect(other.textContent).toContain('Anna Lind')
    expect(other.textContent).toContain(t('justering.signer.pending'))
    expect(button(other, t('justering.confirm'))).toBeUndefined()
    const confirmed = render({
      justering,
      myId: 'anna',
      localHash: HASH,
      onConfirm: vi.fn(),
      onSendBack: vi.fn(),
      busy: false,
    })
    expect(confirmed.textContent).toContain(t('justering.youConfirmed'))
    expect(button(confirmed, t('justering.sendBack'))).toBeUndefined()
  })

  it('shows the comment of a round that was sent back', () => {
    const justering = round(
      [signer('anna', 'Anna Lind', 'confirmed'), signer('bo', 'Bo Ek', 'returned', 'Paragraf 3 saknas.')],
      'returned',
    )
    const container = render({
      justering,
      myId: 'anna',
      localHash: null,
      onConfirm: vi.fn(),
      onSendBack: vi.fn(),
      busy: false,
    })
    expect(container.textContent).toContain(t('justering.returned', { name: 'Bo Ek', comment: 'Paragraf 3 saknas.' }))
    expect(button(container, t('justering.confirm'))).toBeUndefined()
  })
})
